package ai.slope.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job search on the real Lucene index and PostgreSQL. Each test scopes its searches to a company of its own.
 */
@SlopeIntegrationTest
class JobSearchTests {

	@Autowired
	JobSearch search;

	@Autowired
	PostingFixture fixture;

	Company company;

	@BeforeEach
	void createCompany() {
		this.company = this.fixture.company("Gradient Labs");
	}

	JobQuery all() {
		return JobQuery.all().withCompany(this.company.getSlug());
	}

	JobQuery query(String keywords) {
		return all().withKeywords(keywords);
	}

	static List<String> titles(JobSearchResult result) {
		return result.hits().stream().map(JobSummary::title).toList();
	}

	@Test
	void titleMatchesRankAboveSkillsAndSkillsAboveDescription() {
		this.fixture.posting(this.company, "ml-engineer", "Machine Learning Engineer")
			.description("You will own the tokenizer and the data pipeline.")
			.save();
		this.fixture.posting(this.company, "research-engineer", "Tokenizer Research Engineer").save();
		this.fixture.posting(this.company, "ml-engineer", "Applied ML Engineer").skills("Tokenizer", "Rust").save();

		JobSearchResult result = this.search.search(query("tokenizer"));

		assertThat(titles(result)).containsExactly("Tokenizer Research Engineer", "Applied ML Engineer",
				"Machine Learning Engineer");
		assertThat(result.total()).isEqualTo(3);
	}

	@Test
	void companyNameWeighsMoreThanDescription() {
		Company quanta = this.fixture.company("Quanta Robotics");
		this.fixture.posting(quanta, "ml-engineer", "Perception Engineer").save();
		this.fixture.posting(this.company, "ml-engineer", "Controls Engineer")
			.description("Work with partners such as Quanta on robot arms.")
			.save();

		List<JobSummary> hits = this.search.search(JobQuery.all().withKeywords("quanta")).hits();

		assertThat(hits).extracting(JobSummary::title).startsWith("Perception Engineer").contains("Controls Engineer");
	}

	@Test
	void showsOnlyPublishedPostingsThatHaveNotExpired() {
		this.fixture.posting(this.company, "ml-engineer", "Live posting").save();
		this.fixture.posting(this.company, "ml-engineer", "Draft posting").draft().save();
		this.fixture.posting(this.company, "ml-engineer", "Expired posting").expired().save();

		assertThat(titles(this.search.search(all()))).containsExactly("Live posting");
	}

	@Test
	void filtersByEveryFacet() {
		this.fixture.posting(this.company, "research-scientist", "Match")
			.seniority(Seniority.STAFF)
			.employmentType(EmploymentType.CONTRACT)
			.location(RemotePolicy.REMOTE, null, "DE")
			.salary(12_000, 16_000, "EUR", SalaryPeriod.MONTH)
			.visa()
			.publishedDaysAgo(2)
			.save();
		this.fixture.posting(this.company, "ml-engineer", "Other role").save();
		this.fixture.posting(this.company, "research-scientist", "Other everything")
			.seniority(Seniority.MID)
			.publishedDaysAgo(20)
			.save();
		JobQuery base = all();

		assertThat(titles(this.search.search(with(base, "role", Set.of("research-scientist"))))).contains("Match")
			.doesNotContain("Other role");
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(Seniority.STAFF), Set.of(), Set.of(),
				Set.of(), null, false, null, this.company.getSlug(), null, 1, 20)))).containsExactly("Match");
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(), Set.of(EmploymentType.CONTRACT),
				Set.of(), Set.of(), null, false, null, this.company.getSlug(), null, 1, 20)))).containsExactly("Match");
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(), Set.of(),
				Set.of(RemotePolicy.REMOTE), Set.of(), null, false, null, this.company.getSlug(), null, 1, 20))))
			.containsExactly("Match");
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of("DE"),
				null, false, null, this.company.getSlug(), null, 1, 20)))).containsExactly("Match");
		// 16,000 EUR a month is about 213,000 USD a year, more than the others' 200,000 USD maximum
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
				199_000, false, null, this.company.getSlug(), null, 1, 20))))
			.containsExactlyInAnyOrder("Match", "Other role", "Other everything");
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
				200_500, false, null, this.company.getSlug(), null, 1, 20)))).containsExactly("Match");
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
				true, null, this.company.getSlug(), null, 1, 20)))).containsExactly("Match");
		assertThat(titles(this.search.search(new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
				false, 7, this.company.getSlug(), null, 1, 20)))).containsExactlyInAnyOrder("Match", "Other role");
	}

	@Test
	void countsEachFilterValueAsIfItsOwnGroupWereNotFiltered() {
		this.fixture.posting(this.company, "research-scientist", "A").seniority(Seniority.SENIOR).save();
		this.fixture.posting(this.company, "research-scientist", "B").seniority(Seniority.MID).save();
		this.fixture.posting(this.company, "ml-engineer", "C").seniority(Seniority.SENIOR).visa().save();

		JobSearchResult result = this.search.search(new JobQuery(null, Set.of(), Set.of(Seniority.SENIOR), Set.of(),
				Set.of(), Set.of(), null, false, null, this.company.getSlug(), null, 1, 20));

		assertThat(result.total()).isEqualTo(2);
		// the seniority group ignores its own filter, so MID still shows what choosing it would add
		assertThat(result.facets().seniorities()).containsEntry(Seniority.SENIOR, 2L).containsEntry(Seniority.MID, 1L);
		// other groups count within the seniority filter
		assertThat(result.facets().roleTypes()).containsEntry("research-scientist", 1L).containsEntry("ml-engineer", 1L);
		assertThat(result.facets().visaSponsorship()).isEqualTo(1);
		assertThat(result.facets().remotePolicies()).containsEntry(RemotePolicy.HYBRID, 2L);
		assertThat(result.facets().minSalaryUsd()).containsEntry(150_000, 2L).containsEntry(300_000, 0L);
		assertThat(result.facets().postedWithinDays()).containsEntry(1, 0L).containsEntry(7, 2L);
	}

	@Test
	void understandsPhrasesExclusionAndOr() {
		this.fixture.posting(this.company, "infrastructure-engineer", "Distributed training engineer").save();
		this.fixture.posting(this.company, "infrastructure-engineer", "Training data engineer")
			.description("Distributed systems experience helps.")
			.skills("Java")
			.save();
		this.fixture.posting(this.company, "ml-engineer", "Rust inference engineer").skills("Rust").save();
		this.fixture.posting(this.company, "ml-engineer", "Go platform engineer").skills("Go").save();

		assertThat(titles(this.search.search(query("\"distributed training\""))))
			.containsExactly("Distributed training engineer");
		assertThat(titles(this.search.search(query("training -java")))).containsExactly("Distributed training engineer");
		assertThat(titles(this.search.search(query("training NOT java")))).containsExactly("Distributed training engineer");
		assertThat(titles(this.search.search(query("rust OR go")))).containsExactlyInAnyOrder("Rust inference engineer",
				"Go platform engineer");
		assertThat(titles(this.search.search(query("rust go")))).isEmpty();
	}

	@Test
	void keepsLanguageNamesWithSymbolsApartFromTheLetter() {
		this.fixture.posting(this.company, "ml-engineer", "Inference engineer").skills("C#").save();
		this.fixture.posting(this.company, "ml-engineer", "Kernel engineer").skills("C++", "CUDA").save();
		this.fixture.posting(this.company, "ml-engineer", "Embedded engineer").skills("C").save();
		this.fixture.posting(this.company, "ml-engineer", "Platform engineer")
			.description("Services in .NET and F#, tooling in Node.js.")
			.save();

		assertThat(titles(this.search.search(query("C#")))).containsExactly("Inference engineer");
		assertThat(titles(this.search.search(query("c#")))).containsExactly("Inference engineer");
		assertThat(titles(this.search.search(query("C++")))).containsExactly("Kernel engineer");
		assertThat(titles(this.search.search(query("C")))).containsExactly("Embedded engineer");
		assertThat(titles(this.search.search(query(".NET")))).containsExactly("Platform engineer");
		assertThat(titles(this.search.search(query("F#")))).containsExactly("Platform engineer");
		assertThat(titles(this.search.search(query("node.js")))).containsExactly("Platform engineer");
		assertThat(titles(this.search.search(query("net")))).isEmpty();
		assertThat(titles(this.search.search(query("C++ OR C#")))).containsExactlyInAnyOrder("Kernel engineer",
				"Inference engineer");
		assertThat(titles(this.search.search(query("engineer -C++")))).containsExactlyInAnyOrder("Inference engineer",
				"Embedded engineer", "Platform engineer");
	}

	@Test
	void findsChineseText() {
		this.fixture.posting(this.company, "ml-engineer", "高级机器学习工程师（推荐系统）")
			.description("负责大模型的分布式训练与推理优化。")
			.location(RemotePolicy.ONSITE, "上海", "CN")
			.salary(40_000, 60_000, "CNY", SalaryPeriod.MONTH)
			.save();
		this.fixture.posting(this.company, "data-engineer", "Data Engineer").save();

		assertThat(titles(this.search.search(query("机器学习")))).containsExactly("高级机器学习工程师（推荐系统）");
		assertThat(titles(this.search.search(query("分布式训练")))).containsExactly("高级机器学习工程师（推荐系统）");
		assertThat(titles(this.search.search(query("模")))).containsExactly("高级机器学习工程师（推荐系统）");
		assertThat(titles(this.search.search(query("上海")))).containsExactly("高级机器学习工程师（推荐系统）");
		assertThat(titles(this.search.search(query("数据库")))).isEmpty();
		// long Chinese queries stay within Lucene's clause limit
		assertThat(titles(this.search.search(query("高级机器学习工程师 推荐系统")))).containsExactly("高级机器学习工程师（推荐系统）");
		assertThat(titles(this.search.search(query("\"分布式训练与推理优化\"")))).containsExactly("高级机器学习工程师（推荐系统）");
	}

	@Test
	void findsPostingsSimilarToAChineseOne() {
		JobPosting chinese = this.fixture.posting(this.company, "ml-engineer", "高级机器学习工程师（推荐系统与大模型推理优化方向）")
			.skills("大模型", "分布式训练", "推荐系统", "PyTorch")
			.save();
		this.fixture.posting(this.company, "ml-engineer", "机器学习工程师（推荐系统）").skills("推荐系统").save();

		assertThat(this.search.similarTo(reload(chinese), 4)).extracting(JobSummary::title)
			.contains("机器学习工程师（推荐系统）");
	}

	@Test
	void correctsAMisspeltKeyword() {
		this.fixture.posting(this.company, "ml-engineer", "Deep learning engineer").skills("PyTorch", "CUDA").save();

		JobSearchResult result = this.search.search(query("pytroch"));

		assertThat(result.correctedFrom()).isEqualTo("pytroch");
		assertThat(result.query().keywords()).isEqualTo("pytorch");
		assertThat(titles(result)).containsExactly("Deep learning engineer");
	}

	@Test
	void suggestsWordsAsPeopleSpellThemNotTheirStems() {
		this.fixture.posting(this.company, "infrastructure-engineer", "Platform engineer").skills("Kubernetes").save();

		JobSearchResult result = this.search.search(query("kubernets"));

		assertThat(result.query().keywords()).isEqualTo("kubernetes");
		assertThat(titles(result)).containsExactly("Platform engineer");
	}

	@Test
	void leavesWordsItKnowsAlone() {
		this.fixture.posting(this.company, "ml-engineer", "Deep learning engineer").skills("PyTorch").save();

		JobSearchResult result = this.search.search(query("pytorch haskell"));

		assertThat(result.total()).isZero();
		assertThat(result.correctedFrom()).isNull();
	}

	@Test
	void pagesThroughResults() {
		for (int i = 1; i <= 25; i++) {
			this.fixture.posting(this.company, "data-engineer", "Data engineer " + i)
				.publishedAgo(Duration.ofMinutes(i))
				.save();
		}

		JobSearchResult first = this.search.search(all().withPage(1, 10));
		JobSearchResult last = this.search.search(all().withPage(3, 10));
		JobSearchResult past = this.search.search(all().withPage(4, 10));

		assertThat(first.total()).isEqualTo(25);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(titles(first)).hasSize(10).startsWith("Data engineer 1", "Data engineer 2");
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(titles(last)).containsExactly("Data engineer 21", "Data engineer 22", "Data engineer 23",
				"Data engineer 24", "Data engineer 25");
		assertThat(last.hasNext()).isFalse();
		assertThat(past.hits()).isEmpty();
		assertThat(past.isPastLastPage()).isTrue();
	}

	@Test
	void sortsByNewestOrByPay() {
		this.fixture.posting(this.company, "ml-engineer", "Older, better paid")
			.salary(250_000, 350_000, "USD", SalaryPeriod.YEAR)
			.publishedDaysAgo(5)
			.save();
		this.fixture.posting(this.company, "ml-engineer", "Newer").publishedDaysAgo(1).save();
		this.fixture.posting(this.company, "ml-engineer", "Hourly contractor")
			.salary(150, 200, "USD", SalaryPeriod.HOUR)
			.publishedDaysAgo(3)
			.save();

		assertThat(titles(this.search.search(all()))).containsExactly("Newer", "Hourly contractor", "Older, better paid");
		JobQuery bySalary = new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, false, null,
				this.company.getSlug(), JobSort.SALARY, 1, 20);
		// 200 USD an hour is 416,000 a year
		assertThat(titles(this.search.search(bySalary))).containsExactly("Hourly contractor", "Older, better paid",
				"Newer");
	}

	@Test
	void suggestsSimilarPostingsOfTheSameRole() {
		JobPosting original = this.fixture.posting(this.company, "hardware-engineer", "ASIC design engineer")
			.skills("SystemVerilog", "RTL")
			.save();
		this.fixture.posting(this.company, "hardware-engineer", "RTL verification engineer")
			.skills("SystemVerilog")
			.save();
		this.fixture.posting(this.company, "ml-engineer", "RTL-free ML engineer").skills("SystemVerilog").save();

		List<JobSummary> similar = this.search.similarTo(this.reload(original), 4);

		assertThat(similar).extracting(JobSummary::title)
			.contains("RTL verification engineer")
			.doesNotContain("ASIC design engineer", "RTL-free ML engineer");
	}

	@Autowired
	JobPostingRepository postings;

	JobPosting reload(JobPosting posting) {
		return this.postings.findWithCompanyAndRole(posting.getId()).orElseThrow();
	}

	static JobQuery with(JobQuery base, String group, Set<String> values) {
		return new JobQuery(base.keywords(), values, base.seniorities(), base.employmentTypes(), base.remotePolicies(),
				base.countries(), base.minSalaryUsd(), base.visaSponsorship(), base.postedWithinDays(),
				base.companySlug(), base.sort(), base.page(), base.size());
	}

}
