package ai.slope.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyRepository;
import ai.slope.jobs.search.FacetCounter;
import ai.slope.jobs.search.FacetCounts;
import ai.slope.jobs.search.PostingColumns;
import ai.slope.roles.Seniority;
import ai.slope.web.KeywordSyntax;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's total and facet counts, computed or kept from an earlier search, are exactly what counting the
 * live postings in PostgreSQL one by one gives, for many combinations of filters over the demo data; with
 * keywords, exactly what Hibernate Search's own query and aggregations give.
 */
@SlopeIntegrationTest
@TestPropertySource(properties = "slope.demo.enabled=true")
class FacetCountsTests {

	@Autowired
	JobSearch search;

	@Autowired
	JdbcTemplate jdbc;

	List<Row> live;

	record Row(String roleType, Seniority seniority, EmploymentType employmentType, RemotePolicy remotePolicy,
			String country, int salaryMaxUsd, boolean visa, Instant publishedAt, OpeningType openingType,
			boolean mentoring, boolean aiExperienceRequired) {
	}

	@BeforeEach
	void readLivePostings() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		this.live = this.jdbc.query("""
				select r.slug, p.seniority, p.employment_type, p.remote_policy, p.country, p.salary_max_usd,
				       p.visa_sponsorship, p.published_at, p.opening_type, p.mentoring, p.ai_experience_required
				from job_posting p join role_type r on r.id = p.role_type_id
				where p.status = 'PUBLISHED' and p.expires_at > ?""",
				(rs, i) -> new Row(rs.getString(1), Seniority.valueOf(rs.getString(2)),
						EmploymentType.valueOf(rs.getString(3)), RemotePolicy.valueOf(rs.getString(4)), rs.getString(5),
						rs.getInt(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant(), OpeningType.valueOf(rs.getString(9)),
						rs.getBoolean(10), rs.getBoolean(11)),
				Timestamp.from(now));
		assertThat(this.live).hasSizeGreaterThan(1000);
	}

	@Test
	void countsEverythingWithoutFiltersAndKeepsTheCountsForTheNextSearch() {
		assertCountsMatch(JobQuery.all());
		// the same again: the counts come from the cache, the page is looked for anew
		assertCountsMatch(JobQuery.all().withPage(2, 20));
	}

	@Test
	void countsEachGroupWithoutItsOwnFilter() {
		JobQuery query = new JobQuery(null, Set.of("ml-engineer", "research-scientist"), Set.of(Seniority.SENIOR),
				Set.of(EmploymentType.FULL_TIME), Set.of(RemotePolicy.REMOTE, RemotePolicy.HYBRID), Set.of("US", "GB"),
				150_000, true, 30, null, null, 1, 20);
		assertCountsMatch(query);
	}

	@Test
	void countsASalaryMinimumBetweenThresholdsWithItsOwnPass() {
		JobQuery query = new JobQuery(null, Set.of("ml-engineer"), Set.of(), Set.of(), Set.of(), Set.of(), 123_456,
				false, null, null, null, 1, 20);
		assertCountsMatch(query);
	}

	@Test
	void countsRandomCombinationsOfFilters() {
		Random random = new Random(7);
		List<String> roles = this.live.stream().map(Row::roleType).distinct().sorted().toList();
		List<String> countries = this.live.stream().map(Row::country).distinct().sorted().toList();
		for (int i = 0; i < 40; i++) {
			JobQuery query = new JobQuery(null, pick(random, roles, 2), pick(random, List.of(Seniority.values()), 3),
					pick(random, List.of(EmploymentType.values()), 2), pick(random, List.of(RemotePolicy.values()), 2),
					pick(random, countries, 3),
					random.nextInt(3) == 0 ? Facets.SALARY_THRESHOLDS.get(random.nextInt(5)) : null,
					random.nextInt(4) == 0, random.nextInt(4) == 0 ? Facets.POSTED_WITHIN_DAYS.get(random.nextInt(3)) : null,
					null, null, 1, 20)
				.withOpeningTypes(pick(random, List.of(OpeningType.values()), 2))
				.withProgramFilters(random.nextInt(4) == 0, random.nextInt(4) == 0);
			assertCountsMatch(query);
		}
	}

	@Test
	void aPostingPublishedOrRemovedSinceTheLastSearchIsCountedAtOnce(@Autowired PostingFixture fixture,
			@Autowired JobPostingRepository postings, @Autowired CompanyRepository companies) {
		JobQuery query = JobQuery.all();
		long before = this.search.search(query).total();
		Company company = fixture.company("Counted At Once");
		JobPosting posting = fixture.posting(company, "ml-engineer", "Cache Invalidation Engineer").save();
		try {
			assertThat(this.search.search(query).total()).isEqualTo(before + 1);
		}
		finally {
			// the demo data tests share this application and read every posting
			postings.delete(posting);
			companies.delete(company);
		}
		assertThat(this.search.search(query).total()).isEqualTo(before);
	}

	@Test
	void countsTheMatchesOfKeywordsAsHibernateSearchFindsThem(@Autowired EntityManagerFactory entityManagerFactory) {
		List<String> keywords = List.of("machine learning", "\"distributed training\"", "pytorch -tensorflow",
				"cuda OR triton", "(llm OR nlp) research", "infra*", "研究", "research scientist");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			for (String words : keywords) {
				JobQuery query = new JobQuery(words, Set.of(), Set.of(Seniority.SENIOR), Set.of(), Set.of(), Set.of(),
						null, false, null, null, null, 1, 20);
				JobSearchResult result = this.search.search(query);
				// independently: Hibernate Search's own simple query string, and its aggregations
				SearchResult<Long> all = session.search(JobPosting.class)
					.select(f -> f.id(Long.class))
					.where(f -> f.bool()
						.filter(f.range().field("expiresAt").greaterThan(now))
						.must(f.simpleQueryString()
							.field(JobSearch.TEXT)
							.matching(KeywordSyntax.toSimpleQuerySyntax(words))
							.defaultOperator(BooleanOperator.AND)))
					.aggregation(SENIORITIES, f -> f.terms().field("seniority", Seniority.class))
					.aggregation(ROLE_TYPES, f -> f.terms().field("roleType", String.class).maxTermCount(500))
					.fetch(0);
				assertThat(all.total().hitCount()).as("matches of %s", words).isPositive();
				assertThat(result.facets().seniorities()).as("seniorities of %s", words)
					.isEqualTo(all.aggregation(SENIORITIES));
				assertThat(result.total()).as("total of %s", words)
					.isEqualTo(all.aggregation(SENIORITIES).getOrDefault(Seniority.SENIOR, 0L));
				SearchResult<Long> senior = session.search(JobPosting.class)
					.select(f -> f.id(Long.class))
					.where(f -> f.bool()
						.filter(f.range().field("expiresAt").greaterThan(now))
						.filter(f.match().field("seniority").matching(Seniority.SENIOR))
						.must(f.simpleQueryString()
							.field(JobSearch.TEXT)
							.matching(KeywordSyntax.toSimpleQuerySyntax(words))
							.defaultOperator(BooleanOperator.AND)))
					.aggregation(ROLE_TYPES, f -> f.terms().field("roleType", String.class).maxTermCount(500))
					.fetch(0);
				assertThat(result.facets().roleTypes()).as("role types of %s", words)
					.isEqualTo(senior.aggregation(ROLE_TYPES));
				assertThat(result.hits()).as("page of %s", words)
					.hasSize((int) Math.min(20, result.total()));
			}
		}
	}

	@Test
	void aCountSplitInManySmallPartsAddsUpToTheSame(@Autowired EntityManagerFactory entityManagerFactory)
			throws Exception {
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
		FacetCounter split = new FacetCounter(new PostingColumns(), threads, 3, 97);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		List<JobQuery> queries = List.of(JobQuery.all(), JobQuery.all().withKeywords("machine learning"),
				JobQuery.all().withKeywords("\"distributed training\" OR cuda"),
				new JobQuery("pytorch", Set.of("ml-engineer", "research-scientist"), Set.of(Seniority.SENIOR), Set.of(),
						Set.of(RemotePolicy.REMOTE, RemotePolicy.HYBRID), Set.of("US", "GB"), 150_000, true, 30, null, null,
						1, 20));
		try (EntityManager entityManager = entityManagerFactory.createEntityManager();
				org.apache.lucene.index.IndexReader reader = Search.session(entityManager)
					.scope(JobPosting.class)
					.extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
					.openIndexReader()) {
			assertThat(reader.maxDoc()).as("postings in the index").isGreaterThan(20 * 97);
			for (JobQuery query : queries) {
				org.apache.lucene.search.Query matching = (query.keywords() != null)
						? this.search.keywordQuery(query.keywords())
						: new org.apache.lucene.search.MatchAllDocsQuery();
				FacetCounts counts = split.count(reader, matching, query, now).join();
				JobSearchResult result = this.search.search(query);
				assertThat(counts.total()).as("total of %s", query).isEqualTo(result.total()).isPositive();
				assertThat(counts.facets()).as("counts of %s", query).isEqualTo(result.facets());
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static final AggregationKey<Map<Seniority, Long>> SENIORITIES = AggregationKey.of("seniority");

	private static final AggregationKey<Map<String, Long>> ROLE_TYPES = AggregationKey.of("roleType");

	private static <T> Set<T> pick(Random random, List<T> values, int most) {
		int count = random.nextInt(most + 1);
		Set<T> picked = new java.util.HashSet<>();
		for (int i = 0; i < count; i++) {
			picked.add(values.get(random.nextInt(values.size())));
		}
		return picked;
	}

	private void assertCountsMatch(JobQuery query) {
		JobSearchResult result = this.search.search(query);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		Predicate<Row> role = row -> query.roleTypes().isEmpty() || query.roleTypes().contains(row.roleType());
		Predicate<Row> seniority = row -> query.seniorities().isEmpty()
				|| query.seniorities().contains(row.seniority());
		Predicate<Row> type = row -> query.employmentTypes().isEmpty()
				|| query.employmentTypes().contains(row.employmentType());
		Predicate<Row> remote = row -> query.remotePolicies().isEmpty()
				|| query.remotePolicies().contains(row.remotePolicy());
		Predicate<Row> country = row -> query.countries().isEmpty() || query.countries().contains(row.country());
		Predicate<Row> salary = row -> query.minSalaryUsd() == null || row.salaryMaxUsd() >= query.minSalaryUsd();
		Predicate<Row> visa = row -> !query.visaSponsorship() || row.visa();
		Predicate<Row> posted = row -> query.postedWithinDays() == null
				|| !row.publishedAt().isBefore(now.minus(Duration.ofDays(query.postedWithinDays())));
		Predicate<Row> opening = row -> query.openingTypes().isEmpty()
				|| query.openingTypes().contains(row.openingType());
		Predicate<Row> mentoring = row -> !query.mentoring() || row.mentoring();
		Predicate<Row> noAi = row -> !query.noAiExperience() || !row.aiExperienceRequired();
		List<Predicate<Row>> all = List.of(role, seniority, type, remote, country, salary, visa, posted, opening,
				mentoring, noAi);

		assertThat(result.total()).as("total of %s", query).isEqualTo(matching(all, null).size());
		Facets facets = result.facets();
		assertThat(facets.roleTypes()).as("role types of %s", query)
			.isEqualTo(countBy(matching(all, role), Row::roleType));
		assertThat(facets.seniorities()).as("seniorities of %s", query)
			.isEqualTo(countBy(matching(all, seniority), Row::seniority));
		assertThat(facets.employmentTypes()).as("employment types of %s", query)
			.isEqualTo(countBy(matching(all, type), Row::employmentType));
		assertThat(facets.remotePolicies()).as("remote policies of %s", query)
			.isEqualTo(countBy(matching(all, remote), Row::remotePolicy));
		assertThat(facets.countries()).as("countries of %s", query)
			.isEqualTo(countBy(matching(all, country), Row::country));
		assertThat(facets.openingTypes()).as("opening types of %s", query)
			.isEqualTo(countBy(matching(all, opening), Row::openingType));
		assertThat(facets.mentoring()).as("mentoring of %s", query)
			.isEqualTo(matching(all, mentoring).stream().filter(Row::mentoring).count());
		assertThat(facets.noAiExperience()).as("no AI experience of %s", query)
			.isEqualTo(matching(all, noAi).stream().filter(row -> !row.aiExperienceRequired()).count());
		assertThat(facets.visaSponsorship()).as("visa of %s", query)
			.isEqualTo(matching(all, visa).stream().filter(Row::visa).count());
		for (int threshold : Facets.SALARY_THRESHOLDS) {
			assertThat(facets.minSalaryUsd().get(threshold)).as("salary %d of %s", threshold, query)
				.isEqualTo(matching(all, salary).stream().filter(row -> row.salaryMaxUsd() >= threshold).count());
		}
		for (int days : Facets.POSTED_WITHIN_DAYS) {
			assertThat(facets.postedWithinDays().get(days)).as("posted %d of %s", days, query)
				.isEqualTo(matching(all, posted).stream()
					.filter(row -> !row.publishedAt().isBefore(now.minus(Duration.ofDays(days))))
					.count());
		}
	}

	/**
	 * The live postings that pass every filter but {@code without}.
	 */
	private List<Row> matching(List<Predicate<Row>> filters, Predicate<Row> without) {
		List<Row> rows = new ArrayList<>();
		for (Row row : this.live) {
			if (filters.stream().filter(filter -> filter != without).allMatch(filter -> filter.test(row))) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static <K> Map<K, Long> countBy(List<Row> rows, Function<Row, K> key) {
		Map<K, Long> counts = new HashMap<>();
		for (Row row : rows) {
			counts.merge(key.apply(row), 1L, Long::sum);
		}
		return counts;
	}

}
