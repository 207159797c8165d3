package ai.slope;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.web.Measurements;

/**
 * Indexing lag on OpenSearch (docs/benchmarks.md, "Several instances"): the time from the commit of a posting change
 * on one instance to the moment another instance's search API finds it. Instance A runs in this JVM and writes a
 * steady stream of changes through JPA, as Slope's own forms do (every other change publishes a new posting, the rest
 * rename one published earlier); instance B is another process (bench/lag.sh starts the jar) on the same database
 * and OpenSearch node. One watcher asks B, every {@code bench.poll} milliseconds, for all the words still missing in
 * one OR query; a change's lag is from its commit to the first answer of B that has it.
 * <p>
 * Not a test. Arguments: B's base URL. System properties: {@code bench.label}, {@code bench.changes} (300),
 * {@code bench.rate} (changes a second, 5), {@code bench.warmup} (changes left out of the figures, 20),
 * {@code bench.poll} (ms, 50), {@code bench.kill.pid}: the process id of a third instance, C, which is killed
 * ({@code SIGKILL}, no goodbye to the cluster) after a third of the changes: its share of the outbox waits until its
 * agent expires, then the others take it over, and every change must still arrive. Environment: what
 * bench/common.sh exports, and the OpenSearch backend's variables. Writes
 * {@code bench/data/results/LABEL-lag.md} and prints it; fails if a change is never found or found twice.
 */
public final class IndexingLagBenchmark {

	private static final Duration GIVE_UP = Duration.ofSeconds(120);

	private static final int WORDS_A_SEARCH = 11;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String other;

	private IndexingLagBenchmark(String other) {
		this.other = other;
	}

	public static void main(String[] args) throws Exception {
		String label = System.getProperty("bench.label", "bench");
		int changes = Integer.getInteger("bench.changes", 300);
		int rate = Integer.getInteger("bench.rate", 5);
		int warmup = Integer.getInteger("bench.warmup", 20);
		long poll = Long.getLong("bench.poll", 50);
		Long kill = Long.getLong("bench.kill.pid");
		ConfigurableApplicationContext a = new SpringApplicationBuilder(SlopeApplication.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("withoutTestComponents", new TwoInstancesTests.WithoutTestComponents()))
			.run("--server.port=0");
		try {
			String report = new IndexingLagBenchmark(args[0]).run(a, label, changes, rate, warmup, poll, kill);
			Path out = Path.of("bench/data/results", label + ((kill != null) ? "-kill" : "") + "-lag.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println(report);
		}
		finally {
			a.close();
		}
	}

	private String run(ConfigurableApplicationContext a, String label, int changes, int rate, int warmup, long poll,
			Long kill) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(a.getBean(DataSource.class));
		awaitProcessors(jdbc, (kill != null) ? 3 : 2);
		PostingFixture fixture = a.getBean(PostingFixture.class);
		Company company = fixture.company("Indexing Lag Labs");
		// each posting published here, with the word of its title now
		Map<JobPosting, String> published = new LinkedHashMap<>();
		// word -> commit time (nanoTime) of the change that made it searchable
		Map<String, Long> missing = new ConcurrentHashMap<>();
		Map<String, Long> lags = new ConcurrentHashMap<>();
		List<String> order = new ArrayList<>();
		Watcher watcher = new Watcher(missing, lags, poll);
		watcher.start();
		long interval = 1_000_000_000L / rate;
		long next = System.nanoTime();
		for (int i = 0; i < changes; i++) {
			long wait = next - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			next += interval;
			if (kill != null && i == changes / 3) {
				ProcessHandle.of(kill).orElseThrow().destroyForcibly();
				System.out.println("Killed instance C (process " + kill + ") after " + i + " changes");
			}
			String word = word();
			// a rename takes a posting whose title B has already found: the lag of each word is that of one change
			List<JobPosting> found = published.entrySet()
				.stream()
				.filter(entry -> !missing.containsKey(entry.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			if (i % 2 == 0 || found.isEmpty()) {
				published.put(fixture.posting(company, "ml-engineer", "Lag probe " + word).save(), word);
			}
			else {
				JobPosting posting = found.get(ThreadLocalRandom.current().nextInt(found.size()));
				fixture.rename(posting, "Lag probe " + word);
				published.put(posting, word);
			}
			missing.put(word, System.nanoTime());
			order.add(word);
		}
		long deadline = System.nanoTime() + GIVE_UP.toNanos();
		while (!missing.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		watcher.interrupt();
		watcher.join();
		if (!missing.isEmpty()) {
			throw new IllegalStateException(missing.size() + " changes never found through " + this.other + ": "
					+ missing.keySet());
		}
		// each title's word found once: no change indexed twice, none left behind (every rename replaced the old word)
		for (String word : published.values()) {
			long total = total(word);
			if (total != 1) {
				throw new IllegalStateException("'" + word + "' found " + total + " times");
			}
		}
		long[] sorted = order.stream().skip(warmup).mapToLong(lags::get).sorted().toArray();
		long pending = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
		return report(label + ((kill != null) ? ", instance C killed after a third" : ""), changes, rate, warmup, poll,
				sorted, pending);
	}

	/** The instances' event processors share the outbox (a shard each, running): the lag of a cluster at work. */
	private static void awaitProcessors(JdbcTemplate jdbc, int count) throws InterruptedException {
		long deadline = System.nanoTime() + GIVE_UP.toNanos();
		String sql = """
				select count(*) from hsearch_agent
				where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING' and total_shard_count = ?""";
		while (jdbc.queryForObject(sql, Long.class, count) != count) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The " + count + " instances' event processors never shared the outbox");
			}
			Thread.sleep(200);
		}
	}

	private static String report(String label, int changes, int rate, int warmup, long poll, long[] sorted,
			long pending) {
		StringBuilder out = new StringBuilder();
		out.append("# Indexing lag, ").append(label).append("\n\n");
		out.append(String.format(Locale.ROOT,
				"%d changes at %d a second (half new postings, half renames), the first %d left out; B asked every %d ms%n%n",
				changes, rate, warmup, poll));
		out.append("| changes | p50 ms | p95 ms | p99 ms | max ms | outbox rows left |\n");
		out.append("|---:|---:|---:|---:|---:|---:|\n");
		out.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f | %d |%n", sorted.length,
				Measurements.percentile(sorted, 50) / 1e6, Measurements.percentile(sorted, 95) / 1e6,
				Measurements.percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, pending));
		return out.toString();
	}

	private long total(String word) throws IOException, InterruptedException {
		return search(word).at("/total").asLong();
	}

	private JsonNode search(String query) throws IOException, InterruptedException {
		String url = this.other + "/api/v1/jobs?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return this.json.readTree(response.body());
	}

	/** Ten lower-case letters without an s (plural folding would cut it): a word no posting has by chance. */
	private static String word() {
		char[] letters = new char[10];
		for (int i = 0; i < letters.length; i++) {
			char letter = (char) ('a' + ThreadLocalRandom.current().nextInt(25));
			letters[i] = (letter >= 's') ? (char) (letter + 1) : letter;
		}
		return "lag" + new String(letters);
	}

	/** Asks B for every missing word at once, and records the lag of each one its answer has. */
	private final class Watcher extends Thread {

		private final Map<String, Long> missing;

		private final Map<String, Long> lags;

		private final long poll;

		Watcher(Map<String, Long> missing, Map<String, Long> lags, long poll) {
			super("lag-watcher");
			this.missing = missing;
			this.lags = lags;
			this.poll = poll;
		}

		@Override
		public void run() {
			try {
				while (!isInterrupted()) {
					long asked = System.nanoTime();
					Map<String, Long> now = new LinkedHashMap<>(this.missing);
					List<String> words = new ArrayList<>(now.keySet());
					// keywords are at most 200 characters: eleven words of 13 letters and their ORs in one search
					for (int from = 0; from < words.size(); from += WORDS_A_SEARCH) {
						List<String> some = words.subList(from, Math.min(words.size(), from + WORDS_A_SEARCH));
						JsonNode found = search(String.join(" OR ", some));
						long answered = System.nanoTime();
						for (JsonNode item : found.at("/items")) {
							String word = Arrays.stream(item.at("/title").asString().split(" "))
								.filter(now::containsKey)
								.findFirst()
								.orElse(null);
							if (word != null && this.missing.remove(word) != null) {
								this.lags.put(word, answered - now.get(word));
							}
						}
					}
					long sleep = this.poll - (System.nanoTime() - asked) / 1_000_000;
					if (sleep > 0) {
						Thread.sleep(sleep);
					}
				}
			}
			catch (InterruptedException ex) {
				// done
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
