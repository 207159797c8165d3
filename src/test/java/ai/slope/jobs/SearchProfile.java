package ai.slope.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ai.slope.SlopeApplication;

/** Throwaway: where does a broad search spend its time. */
public class SearchProfile {

	interface Extra {
		SearchQueryOptionsStep<?, ?, JobSummary, ?, ?, ?> apply(SearchQueryOptionsStep<?, ?, JobSummary, ?, ?, ?> s);
	}


	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplication(SlopeApplication.class)
			.run("--slope.demo.enabled=false", "--server.port=0")) {
			EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
			Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
			for (String keywords : new String[] { null, "machine learning", "pytorch" }) {
				System.out.println("### keywords " + keywords);
				time(emf, keywords, "no aggregations", s -> s);
				time(emf, keywords, "no aggs, count threshold 1000", s -> s.totalHitCountThreshold(1000));
				time(emf, keywords, "roleType terms", s -> s.aggregation(AggregationKey.of("a"), f -> f.terms().field("roleType", String.class).maxTermCount(500)));
				time(emf, keywords, "seniority terms", s -> s.aggregation(AggregationKey.of("a"), f -> f.terms().field("seniority", ai.slope.roles.Seniority.class)));
				time(emf, keywords, "country terms", s -> s.aggregation(AggregationKey.of("a"), f -> f.terms().field("country", String.class).maxTermCount(300)));
				time(emf, keywords, "visa terms", s -> s.aggregation(AggregationKey.of("a"), f -> f.terms().field("visaSponsorship", Boolean.class)));
				time(emf, keywords, "salary range", s -> s.aggregation(AggregationKey.of("a"), f -> f.range().field("salaryMaxUsd", Integer.class)
					.ranges(Facets.SALARY_THRESHOLDS.stream().map(Range::atLeast).toList())));
				time(emf, keywords, "posted range", s -> s.aggregation(AggregationKey.of("a"), f -> f.range().field("publishedAt", Instant.class)
					.ranges(Facets.POSTED_WITHIN_DAYS.stream().map(d -> Range.atLeast(now.minus(Duration.ofDays(d)))).toList())));
				time(emf, keywords, "salaryMinUsd numeric terms", s -> s.aggregation(AggregationKey.of("a"), f -> f.terms().field("salaryMinUsd", Integer.class).maxTermCount(100000)));
			}
		}
	}

		static void time(EntityManagerFactory emf, String keywords, String label,
			Extra extra) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		long[] took = new long[25];
		long total = 0;
		for (int i = 0; i < took.length; i++) {
			try (EntityManager em = emf.createEntityManager()) {
				SearchSession session = Search.session(em);
				long start = System.nanoTime();
				SearchQueryOptionsStep<?, ?, JobSummary, ?, ?, ?> s = session.search(JobPosting.class).select(JobSummary.class).where(f -> {
					var bool = f.bool().filter(f.range().field("expiresAt").greaterThan(now));
					if (keywords != null) {
						bool = bool.must(f.simpleQueryString().field("title").boost(4f).field("skills").boost(3f)
							.field("companyName").boost(2f).field("city").boost(1.5f).field("description")
							.matching(keywords).defaultOperator(BooleanOperator.AND));
					}
					return bool;
				}).sort(f -> f.score().then().field("publishedAt").desc());
				s = extra.apply(s);
				total = s.fetch(0, 20).total().hitCountLowerBound();
				took[i] = System.nanoTime() - start;
			}
		}
		long[] measured = Arrays.copyOfRange(took, 5, took.length);
		Arrays.sort(measured);
		System.out.printf("%-32s total %8d  p50 %6.1f ms  p90 %6.1f ms%n", label, total, measured[measured.length / 2] / 1e6,
				measured[(int) (measured.length * 0.9)] / 1e6);
	}

}
