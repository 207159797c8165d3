package ai.slope.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program filters (opening type, mentoring, no AI experience needed), their counts and the deadline order, on
 * the real index: each total and count is what counting the company's live rows in PostgreSQL gives, each group
 * counted without its own filter. {@link OpenSearchProgramSearchTests} runs the same on OpenSearch.
 */
@SlopeIntegrationTest
class ProgramSearchTests {

	@Autowired
	JobSearch search;

	@Autowired
	PostingFixture postings;

	@Autowired
	ProgramFixture programs;

	@Autowired
	JdbcTemplate jdbc;

	Company company;

	@BeforeEach
	void createPostingsAndPrograms() {
		this.company = this.postings.company("Cohort Labs");
		this.postings.posting(this.company, "ml-engineer", "Job in the US").save();
		this.postings.posting(this.company, "research-scientist", "Job in Germany")
			.location(RemotePolicy.REMOTE, null, "DE")
			.save();
		this.programs.program(this.company, "ml-engineer", "Summer ML internship", OpeningType.INTERNSHIP)
			.deadlineInDays(20)
			.save();
		this.programs.program(this.company, "research-scientist", "Research internship", OpeningType.INTERNSHIP)
			.deadlineInDays(5)
			.mentoring(false)
			.noAiExperienceNeeded()
			.location(RemotePolicy.REMOTE, "DE")
			.payUpTo(60_000)
			.save();
		this.programs.program(this.company, "ml-engineer", "AI residency", OpeningType.RESIDENCY)
			.deadlineInDays(40)
			.noAiExperienceNeeded()
			.location(RemotePolicy.REMOTE, "GB")
			.payUpTo(120_000)
			.save();
		this.programs.program(this.company, "research-scientist", "Research fellowship", OpeningType.FELLOWSHIP)
			.deadlineInDays(10)
			.mentoring(false)
			.payUpTo(150_000)
			.save();
		this.programs.program(this.company, "ml-engineer", "Accelerator for career switchers", OpeningType.CAREER_SWITCH)
			.deadlineInDays(0)
			.noAiExperienceNeeded()
			.payUpTo(80_000)
			.save();
		this.programs.program(this.company, "research-engineer", "Apprenticeship", OpeningType.CAREER_SWITCH)
			.deadlineInDays(60)
			.mentoring(false)
			.noAiExperienceNeeded()
			.location(RemotePolicy.HYBRID, "GB")
			.save();
	}

	JobQuery all() {
		return JobQuery.all().withCompany(this.company.getSlug());
	}

	static List<String> titles(JobSearchResult result) {
		return result.hits().stream().map(JobSummary::title).toList();
	}

	@Test
	void filtersByOpeningTypeMentoringAndNoAiExperience() {
		assertThat(titles(this.search.search(all().withOpeningTypes(Set.of(OpeningType.RESIDENCY)))))
			.containsExactly("AI residency");
		assertThat(titles(this.search.search(all().withOpeningTypes(Set.of(OpeningType.JOB)))))
			.containsExactlyInAnyOrder("Job in the US", "Job in Germany");
		assertThat(titles(this.search.search(all().withProgramFilters(false, true))))
			.containsExactlyInAnyOrder("Research internship", "AI residency", "Accelerator for career switchers",
					"Apprenticeship");
		assertThat(titles(this.search.search(all().withProgramFilters(true, true))))
			.containsExactlyInAnyOrder("AI residency", "Accelerator for career switchers");
		assertThat(titles(this.search.search(all().withOpeningTypes(JobQuery.PROGRAMS)))).hasSize(6)
			.doesNotContain("Job in the US", "Job in Germany");
	}

	@Test
	void countsEveryGroupAsCountingTheRowsGives() {
		List<JobQuery> queries = List.of(all(), all().withOpeningTypes(Set.of(OpeningType.INTERNSHIP)),
				all().withOpeningTypes(Set.of(OpeningType.INTERNSHIP, OpeningType.RESIDENCY)).withProgramFilters(true, false),
				all().withOpeningTypes(JobQuery.PROGRAMS).withProgramFilters(false, true),
				all().withOpeningTypes(JobQuery.PROGRAMS).withProgramFilters(true, true).withRoleType("ml-engineer"),
				remoteAndPaid(all().withOpeningTypes(JobQuery.PROGRAMS)),
				all().withOpeningTypes(Set.of(OpeningType.JOB)), all().withProgramFilters(true, false),
				countries(all().withProgramFilters(false, true), Set.of("US", "GB")));
		for (JobQuery query : queries) {
			assertCountsMatch(query);
		}
	}

	@Test
	void sortsProgramsByDeadlineSoonestFirstAndJobsAfterThem() {
		JobQuery programsFirst = all().withOpeningTypes(JobQuery.PROGRAMS).withSort(JobSort.DEADLINE);
		assertThat(titles(this.search.search(programsFirst))).containsExactly("Accelerator for career switchers",
				"Research internship", "Research fellowship", "Summer ML internship", "AI residency", "Apprenticeship");
		List<String> everything = titles(this.search.search(all().withSort(JobSort.DEADLINE)));
		assertThat(everything).hasSize(8);
		assertThat(everything.subList(6, 8)).containsExactlyInAnyOrder("Job in the US", "Job in Germany");
	}

	@Test
	void resultsCarryTheKindOfOpeningAndTheProgramsTerms() {
		JobSummary residency = this.search.search(all().withOpeningTypes(Set.of(OpeningType.RESIDENCY))).hits().get(0);
		assertThat(residency.openingType()).isEqualTo(OpeningType.RESIDENCY);
		assertThat(residency.isProgram()).isTrue();
		assertThat(residency.applicationDeadline()).isAfter(LocalDate.now().plusDays(30));
		assertThat(residency.cohortStart()).isEqualTo(residency.applicationDeadline().plusDays(30));
		assertThat(residency.programLength()).isEqualTo(6);
		assertThat(residency.programLengthUnit()).isEqualTo(ProgramLengthUnit.MONTHS);
		assertThat(residency.mentoring()).isTrue();
		assertThat(residency.aiExperienceRequired()).isFalse();
		JobSummary job = this.search.search(all().withOpeningTypes(Set.of(OpeningType.JOB))).hits().get(0);
		assertThat(job.openingType()).isEqualTo(OpeningType.JOB);
		assertThat(job.isProgram()).isFalse();
		assertThat(job.applicationDeadline()).isNull();
		assertThat(job.aiExperienceRequired()).isTrue();
	}

	private static JobQuery remoteAndPaid(JobQuery base) {
		return new JobQuery(base.keywords(), base.roleTypes(), base.seniorities(), base.employmentTypes(),
				Set.of(RemotePolicy.REMOTE), base.countries(), 100_000, false, null, base.companySlug(), base.sort(),
				base.page(), base.size(), base.openingTypes(), base.mentoring(), base.noAiExperience());
	}

	private static JobQuery countries(JobQuery base, Set<String> countries) {
		return new JobQuery(base.keywords(), base.roleTypes(), base.seniorities(), base.employmentTypes(),
				base.remotePolicies(), countries, base.minSalaryUsd(), false, null, base.companySlug(), base.sort(),
				base.page(), base.size(), base.openingTypes(), base.mentoring(), base.noAiExperience());
	}

	record Row(String roleType, OpeningType openingType, boolean mentoring, boolean aiExperienceRequired,
			RemotePolicy remotePolicy, String country, int salaryMaxUsd) {
	}

	private void assertCountsMatch(JobQuery query) {
		JobSearchResult result = this.search.search(query);
		List<Row> live = this.jdbc.query("""
				select r.slug, p.opening_type, p.mentoring, p.ai_experience_required, p.remote_policy, p.country,
				       p.salary_max_usd
				from job_posting p join role_type r on r.id = p.role_type_id
				where p.company_id = ? and p.status = 'PUBLISHED' and p.expires_at > now()""",
				(rs, i) -> new Row(rs.getString(1), OpeningType.valueOf(rs.getString(2)), rs.getBoolean(3),
						rs.getBoolean(4), RemotePolicy.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7)),
				this.company.getId());
		assertThat(live).hasSize(8);
		Predicate<Row> role = row -> query.roleTypes().isEmpty() || query.roleTypes().contains(row.roleType());
		Predicate<Row> opening = row -> query.openingTypes().isEmpty()
				|| query.openingTypes().contains(row.openingType());
		Predicate<Row> mentoring = row -> !query.mentoring() || row.mentoring();
		Predicate<Row> noAi = row -> !query.noAiExperience() || !row.aiExperienceRequired();
		Predicate<Row> remote = row -> query.remotePolicies().isEmpty()
				|| query.remotePolicies().contains(row.remotePolicy());
		Predicate<Row> country = row -> query.countries().isEmpty() || query.countries().contains(row.country());
		Predicate<Row> salary = row -> query.minSalaryUsd() == null || row.salaryMaxUsd() >= query.minSalaryUsd();
		List<Predicate<Row>> every = List.of(role, opening, mentoring, noAi, remote, country, salary);

		Facets facets = result.facets();
		assertThat(result.total()).as("total of %s", query).isEqualTo(matching(live, every, null).size());
		assertThat(facets.openingTypes()).as("opening types of %s", query)
			.isEqualTo(countBy(matching(live, every, opening), Row::openingType));
		assertThat(facets.mentoring()).as("mentoring of %s", query)
			.isEqualTo(matching(live, every, mentoring).stream().filter(Row::mentoring).count());
		assertThat(facets.noAiExperience()).as("no AI experience of %s", query)
			.isEqualTo(matching(live, every, noAi).stream().filter(row -> !row.aiExperienceRequired()).count());
		assertThat(facets.roleTypes()).as("role types of %s", query)
			.isEqualTo(countBy(matching(live, every, role), Row::roleType));
		assertThat(facets.remotePolicies()).as("workplaces of %s", query)
			.isEqualTo(countBy(matching(live, every, remote), Row::remotePolicy));
		assertThat(facets.countries()).as("countries of %s", query)
			.isEqualTo(countBy(matching(live, every, country), Row::country));
		for (int threshold : Facets.SALARY_THRESHOLDS) {
			assertThat(facets.minSalaryUsd().get(threshold)).as("pay %d of %s", threshold, query)
				.isEqualTo(matching(live, every, salary).stream().filter(row -> row.salaryMaxUsd() >= threshold).count());
		}
		assertThat(result.hits()).as("page of %s", query).hasSize((int) Math.min(20, result.total()));
	}

	private static List<Row> matching(List<Row> rows, List<Predicate<Row>> filters, Predicate<Row> without) {
		List<Row> found = new ArrayList<>();
		for (Row row : rows) {
			if (filters.stream().filter(filter -> filter != without).allMatch(filter -> filter.test(row))) {
				found.add(row);
			}
		}
		return found;
	}

	private static <K> Map<K, Long> countBy(List<Row> rows, Function<Row, K> key) {
		Map<K, Long> counts = new HashMap<>();
		for (Row row : rows) {
			counts.merge(key.apply(row), 1L, Long::sum);
		}
		return counts;
	}

}
