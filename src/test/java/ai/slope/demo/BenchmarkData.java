package ai.slope.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ai.slope.SlopeApplication;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyRepository;
import ai.slope.companies.SizeBand;
import ai.slope.jobs.JobPosting;

/**
 * Fills the database named by {@code SLOPE_DB_URL} with the demo companies and then with generated postings
 * until it holds the number asked for: {@code BenchmarkData 1000000}. The postings come from the demo data's
 * own writer (realistic titles, skills, pay and descriptions of 150-300 words, some in Chinese) and go in
 * through COPY; the search index is rebuilt by the next start of the application, which sees the database
 * and the index out of step. Not a test: bench/run.sh calls it.
 */
public final class BenchmarkData {

	private static final int BATCH = 5_000;

	private static final long SEED = 1_000_000L;

	private static final String COLUMNS = "company_id, role_type_id, title, slug, seniority, employment_type, "
			+ "remote_policy, city, country, salary_min, salary_max, salary_currency, salary_period, salary_min_usd, "
			+ "salary_max_usd, visa_sponsorship, skills, description, apply_url, status, published_at, expires_at";

	private BenchmarkData() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("candidates")) {
			candidates(Integer.parseInt(args[1]));
			return;
		}
		int wanted = Integer.parseInt(args[0]);
		SpringApplication application = new SpringApplication(SlopeApplication.class);
		try (ConfigurableApplicationContext context = application.run("--slope.demo.enabled=true", "--server.port=0")) {
			DemoData demo = context.getBean(DemoData.class);
			demo.loadIfEmpty();
			fill(context.getBean(DataSource.class), context.getBean(CompanyRepository.class), demo, wanted);
		}
	}

	private static void fill(DataSource dataSource, CompanyRepository companyRepository, DemoData demo, int wanted)
			throws SQLException, IOException {
		List<CompanyProfile> profiles = CompanyProfile.readAll();
		List<Company> companies = profiles.stream()
			.map(profile -> companyRepository.findBySlug(profile.slug()).orElseThrow())
			.toList();
		double weightSum = profiles.stream().mapToDouble(p -> weight(p.size())).sum();
		Random random = new Random(SEED);
		PostingWriter writer = demo.postingWriter(Clock.systemUTC().instant(), random);
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			long existing = count(connection);
			long toWrite = wanted - existing;
			System.out.printf(Locale.ROOT, "%,d postings in the database, writing %,d more%n", existing,
					Math.max(0, toWrite));
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder rows = new StringBuilder();
			int inBatch = 0;
			long written = 0;
			while (written < toWrite) {
				int i = pickCompany(profiles, weightSum, random);
				for (JobPosting posting : writer.write(companies.get(i), profiles.get(i), 1)) {
					appendRow(rows, posting);
					written++;
					if (++inBatch == BATCH || written == toWrite) {
						copy.copyIn("COPY job_posting (" + COLUMNS + ") FROM STDIN (FORMAT csv)",
								new StringReader(rows.toString()));
						rows.setLength(0);
						inBatch = 0;
						if (written % 100_000 == 0 || written == toWrite) {
							System.out.printf(Locale.ROOT, "%,d written in %.0f s%n", written,
									(System.nanoTime() - start) / 1e9);
						}
					}
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE job_posting");
			}
		}
	}

	/**
	 * {@code BenchmarkData candidates 200000}: the demo data, then generated discoverable candidates until the
	 * database holds that many, written by the demo data's own writer with COPY.
	 */
	private static void candidates(int wanted) {
		SpringApplication application = new SpringApplication(SlopeApplication.class);
		try (ConfigurableApplicationContext context = application.run("--slope.demo.enabled=true", "--server.port=0")) {
			context.getBean(DemoData.class).loadIfEmpty();
			DataSource dataSource = context.getBean(DataSource.class);
			org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
			int existing = jdbc.queryForObject("select count(*) from candidate_profile where discoverable", Integer.class);
			int toWrite = wanted - existing;
			System.out.printf(Locale.ROOT, "%,d discoverable candidates in the database, writing %,d more%n", existing,
					Math.max(0, toWrite));
			long start = System.nanoTime();
			DemoCandidates writer = context.getBean(DemoCandidates.class);
			Random random = new Random(SEED + existing);
			for (int done = 0; done < toWrite; done += 10_000) {
				int batch = Math.min(10_000, toWrite - done);
				writer.create(existing + done, batch, random);
				System.out.printf(Locale.ROOT, "%,d written in %.0f s%n", done + batch, (System.nanoTime() - start) / 1e9);
			}
			jdbc.execute("ANALYZE");
		}
	}

	private static long count(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery("select count(*) from job_posting")) {
			result.next();
			return result.getLong(1);
		}
	}

	private static double weight(SizeBand size) {
		return switch (size) {
			case SEED -> 6;
			case SMALL -> 13;
			case MEDIUM -> 24;
			case LARGE -> 40;
			case ENTERPRISE -> 64;
		};
	}

	private static int pickCompany(List<CompanyProfile> profiles, double weightSum, Random random) {
		double roll = random.nextDouble() * weightSum;
		for (int i = 0; i < profiles.size(); i++) {
			roll -= weight(profiles.get(i).size());
			if (roll < 0) {
				return i;
			}
		}
		return profiles.size() - 1;
	}

	private static void appendRow(StringBuilder out, JobPosting p) {
		Object[] values = { p.getCompany().getId(), p.getRoleType().getId(), p.getTitle(), p.getSlug(),
				p.getSeniority(), p.getEmploymentType(), p.getRemotePolicy(), p.getCity(), p.getCountry(),
				p.getSalaryMin(), p.getSalaryMax(), p.getSalaryCurrency(), p.getSalaryPeriod(), p.getSalaryMinUsd(),
				p.getSalaryMaxUsd(), p.isVisaSponsorship(), arrayLiteral(p.getSkills()), p.getDescription(),
				p.getApplyUrl(), p.getStatus(), timestamp(p.getPublishedAt()), timestamp(p.getExpiresAt()) };
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			if (values[i] != null) {
				out.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
			}
		}
		out.append('\n');
	}

	private static String arrayLiteral(List<String> items) {
		StringBuilder literal = new StringBuilder("{");
		for (String item : items) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(item.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}

	private static String timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant).toInstant().toString() : null;
	}

}
