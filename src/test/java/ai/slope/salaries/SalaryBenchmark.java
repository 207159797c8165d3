package ai.slope.salaries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.SlopeApplication;
import ai.slope.roles.RoleTaxonomy;

/**
 * The salary benchmarks (docs/benchmarks.md), run against the database named by {@code SLOPE_DB_URL}:
 * <ul>
 * <li>{@code SalaryBenchmark import [rounds]}: imports the whole aijobs.net index (74,301 rows) into empty
 * salary tables with the default title rules, {@code rounds} times, and once more on top (every row a
 * duplicate);</li>
 * <li>{@code SalaryBenchmark percentiles [rounds]}: fills the salary records up to 1,000,000 or more (the index,
 * then copies of its rows with their pay moved by up to 10% either way) and times the explorer’s queries over a
 * mix of 73 choices: the figures of one group ({@code percentile_cont}, one query) and the whole overview the page
 * and the API show (the group, by level and by year: three queries), each computed anew
 * ({@code -DstatsCache=0}, the default here) or as Slope runs by default, with the answers kept for the minute
 * ({@code -DstatsCache=2000}).</li>
 * </ul>
 * Not a test: bench/salaries.sh calls it.
 */
public final class SalaryBenchmark {

	static final String INDEX = "src/main/resources/data/aijobs-salaries-2025-01-19.csv";

	private SalaryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "import";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SlopeApplication.class)
			.properties("slope.demo.enabled=false", "server.port=0", "logging.level.root=WARN",
					"logging.level.ai.slope.salaries=INFO")
			.run("--slope.salaries.stats-cache-size=" + System.getProperty("statsCache", "0"))) {
			if ("import".equals(mode)) {
				importIndex(context, rounds);
			}
			else {
				percentiles(context, rounds);
			}
		}
	}

	private static void importIndex(ConfigurableApplicationContext context, int rounds) throws IOException {
		SalaryImports imports = context.getBean(SalaryImports.class);
		TitleRules rules = context.getBean(TitleRules.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		List<Long> times = new ArrayList<>();
		ImportReport report = null;
		for (int round = 0; round < rounds; round++) {
			jdbc.update("delete from salary_record");
			jdbc.update("delete from salary_import");
			jdbc.update("delete from title_rule");
			jdbc.execute("vacuum analyze salary_record");
			rules.addDefaults(null);
			long start = System.nanoTime();
			try (InputStream in = Files.newInputStream(Path.of(INDEX))) {
				report = imports.importNow(null, "aijobs-salaries-2025-01-19.csv", in);
			}
			times.add((System.nanoTime() - start) / 1_000_000);
			System.out.printf("round %d: %d ms, %d read, %d imported, %d duplicates, %d rejected%n", round + 1,
					times.get(times.size() - 1), report.rowsRead(), report.imported(), report.duplicates(),
					report.rejected());
		}
		long start = System.nanoTime();
		try (InputStream in = Files.newInputStream(Path.of(INDEX))) {
			report = imports.importNow(null, "aijobs-salaries-2025-01-19.csv", in);
		}
		long again = (System.nanoTime() - start) / 1_000_000;
		Collections.sort(times);
		System.out.printf("%nimport of %d rows, %d rounds: median %d ms, min %d ms, max %d ms%n", report.rowsRead(),
				rounds, times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
		System.out.printf("the same file again: %d ms, %d imported, %d duplicates%n", again, report.imported(),
				report.duplicates());
	}

	private static void percentiles(ConfigurableApplicationContext context, int rounds) throws IOException {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		SalaryStats stats = context.getBean(SalaryStats.class);
		long count = jdbc.queryForObject("select count(*) from salary_record", Long.class);
		if (count < 1_000_000) {
			jdbc.update("delete from salary_record");
			jdbc.update("delete from salary_import");
			jdbc.update("delete from title_rule");
			context.getBean(TitleRules.class).addDefaults(null);
			try (InputStream in = Files.newInputStream(Path.of(INDEX))) {
				context.getBean(SalaryImports.class).importNow(null, "aijobs-salaries-2025-01-19.csv", in);
			}
			jdbc.update("""
					insert into salary_record (year, role_type, out_of_scope, job_title, experience_level, employment_type,
					  amount, currency, amount_usd, employee_residence, company_location, remote_ratio, company_size,
					  import_id, import_row, status, created_at)
					select year, role_type, out_of_scope, job_title, experience_level, employment_type, amount, currency,
					  greatest(1, round(amount_usd * (0.9 + random() * 0.2)))::int, employee_residence, company_location,
					  remote_ratio, company_size, import_id, import_row, status, created_at
					from salary_record, generate_series(1, 13)
					""");
			jdbc.execute("vacuum analyze salary_record");
			count = jdbc.queryForObject("select count(*) from salary_record", Long.class);
		}
		long approved = jdbc.queryForObject(
				"select count(*) from salary_record where status = 'APPROVED' and role_type is not null", Long.class);
		System.out.printf("%d salary records, %d approved and mapped%n", count, approved);
		Map<String, SalaryQuery> mix = new LinkedHashMap<>();
		mix.put("all", SalaryQuery.ALL);
		for (String role : context.getBean(RoleTaxonomy.class).slugs()) {
			mix.put(role, new SalaryQuery(role, null, null, null, null, null));
			mix.put(role + " SE", new SalaryQuery(role, ExperienceLevel.SE, null, null, null, null));
			mix.put(role + " SE US", new SalaryQuery(role, ExperienceLevel.SE, "US", null, null, null));
			mix.put(role + " MI GB", new SalaryQuery(role, ExperienceLevel.MI, "GB", null, null, null));
			mix.put(role + " 2024", new SalaryQuery(role, null, null, 2024, 2024, null));
			mix.put(role + " remote", new SalaryQuery(role, null, null, null, null, 100));
		}
		for (SalaryQuery query : mix.values()) {
			for (int i = 0; i < 3; i++) {
				stats.overview(query);
			}
		}
		List<Long> figures = new ArrayList<>();
		List<Long> overviews = new ArrayList<>();
		Map<String, List<Long>> byQuery = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Map.Entry<String, SalaryQuery> query : mix.entrySet()) {
				long one = time(() -> stats.figures(query.getValue()));
				figures.add(one);
				overviews.add(time(() -> stats.overview(query.getValue())));
				byQuery.computeIfAbsent(query.getKey(), k -> new ArrayList<>()).add(one);
			}
		}
		System.out.printf("%n%d queries x %d rounds%n", mix.size(), rounds);
		System.out.println("| what | p50 | p95 | max |");
		System.out.println("| --- | ---: | ---: | ---: |");
		System.out.println(row("one group's percentiles (1 query)", figures));
		System.out.println(row("the explorer's overview (3 queries)", overviews));
		System.out.println();
		System.out.println("slowest choices (one group's percentiles, median):");
		byQuery.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(median(b.getValue()), median(a.getValue())))
			.limit(8)
			.forEach(e -> System.out.printf("  %-40s %6.1f ms%n", e.getKey(), median(e.getValue()) / 1000.0));
	}

	private static long time(Supplier<?> action) {
		long start = System.nanoTime();
		action.get();
		return (System.nanoTime() - start) / 1000;
	}

	private static long median(List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static String row(String name, List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		return String.format("| %s | %.1f ms | %.1f ms | %.1f ms |", name, sorted.get(sorted.size() / 2) / 1000.0,
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
	}

}
