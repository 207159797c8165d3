package ai.slope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times of a benchmark's queries, and their p50, p95, p99 and maximum as a Markdown table, overall and per query.
 * Used by the job and candidate search benchmarks (bench/).
 */
public final class Measurements {

	public final String name;

	final Map<String, List<Long>> byQuery = new LinkedHashMap<>();

	final Map<String, Long> totals = new LinkedHashMap<>();

	public final List<Measurements> others = new ArrayList<>();

	/**
	 * The queries of a benchmark's file: one query string a line, {@code #} comments and blank lines skipped,
	 * {@code (none)} for the empty query.
	 */
	public static List<String> queries(String file) throws IOException {
		return Files.readAllLines(Path.of(file))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.equals("(none)") ? "" : line)
			.toList();
	}

	/**
	 * Writes the report to {@code <bench.out>/<label>-<mode>.md} (bench/data/results by default) and prints it.
	 */
	public void write(String label, String mode, int warmup, int rounds) throws IOException {
		Path out = Path.of(System.getProperty("bench.out", "bench/data/results"));
		Files.createDirectories(out);
		String report = report("# " + label + ", " + mode + " (" + Instant.now() + ", " + warmup
				+ " warm-up and " + rounds + " measured rounds)");
		Files.writeString(out.resolve(label + "-" + mode + ".md"), report);
		System.out.println(report);
	}

	public Measurements(String name) {
		this.name = name;
	}

	public boolean isEmpty() {
		return this.byQuery.isEmpty();
	}

	public void add(String query, long nanos, long total) {
		this.byQuery.computeIfAbsent(query, key -> new ArrayList<>()).add(nanos);
		this.totals.put(query, total);
	}

	public String report(String heading) {
		StringBuilder out = new StringBuilder(heading).append("\n\n");
		List<Measurements> all = new ArrayList<>(List.of(this));
		all.addAll(this.others);
		out.append("| measured | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
		for (Measurements m : all) {
			long[] samples = m.byQuery.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
			out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", m.name, samples.length,
					ms(percentile(samples, 50)), ms(percentile(samples, 95)), ms(percentile(samples, 99)),
					ms(samples[samples.length - 1])));
		}
		for (Measurements m : all) {
			out.append("\n").append(m.name).append(", per query\n\n| query | total | p50 ms | max ms |\n|---|---:|---:|---:|\n");
			m.byQuery.forEach((query, list) -> {
				long[] samples = list.stream().mapToLong(Long::longValue).sorted().toArray();
				out.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f | %.1f |%n", query.isEmpty() ? "(none)" : query,
						m.totals.get(query), ms(percentile(samples, 50)), ms(samples[samples.length - 1])));
			});
		}
		return out.toString();
	}

	/** Nearest rank. */
	public static long percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
