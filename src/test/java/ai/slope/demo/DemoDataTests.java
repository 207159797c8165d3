package ai.slope.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.jsoup.Jsoup;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ai.slope.SlopeIntegrationTest;
import ai.slope.candidates.CandidateQuery;
import ai.slope.candidates.CandidateSearch;
import ai.slope.candidates.CandidateSearchResult;
import ai.slope.accounts.Account;
import ai.slope.companies.CompanyMemberships;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyRepository;
import ai.slope.jobs.AnnualPay;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.Facets;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobPostingRepository;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.JobSearchResult;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.JobSummary;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingHistoryEntry;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.salaries.ExchangeRates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SlopeIntegrationTest
@TestPropertySource(properties = "slope.demo.enabled=true")
class DemoDataTests {

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	@Autowired
	private DemoData demoData;

	@Autowired
	private CompanyRepository companies;

	@Autowired
	private JobPostingRepository postings;

	@Autowired
	private JobSearch search;

	@Autowired
	private Postings lifecycle;

	@Autowired
	private RoleTaxonomy taxonomy;

	@Autowired
	private ExchangeRates exchangeRates;

	@Autowired
	private Accounts accounts;

	@Autowired
	private DemoAccounts demoAccounts;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CandidateSearch candidates;

	@Autowired
	private CompanyMemberships memberships;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void addsOneDemoAccountPerRoleThatCanLogIn() throws Exception {
		assertThat(this.accounts.demoAccounts()).filteredOn(account -> !account.getEmail().contains("@seekers.")
				&& !account.getEmail().contains("@candidates."))
			.extracting(Account::getRole)
			.containsExactly(Role.SEEKER, Role.RECRUITER, Role.ADMIN);
		for (DemoAccounts.Login login : DemoAccounts.LOGINS) {
			MvcResult page = this.mvc.perform(get("/login")).andReturn();
			String csrf = Jsoup.parse(page.getResponse().getContentAsString()).select("input[name=_csrf]").val();
			this.mvc
				.perform(post("/login").cookie(page.getResponse().getCookies())
					.param("_csrf", csrf)
					.param("username", login.email())
					.param("password", login.password()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void holdsSeekersWithProfilesAndApplicationsToTheDemoRecruiterAtEveryStage() {
		Account recruiter = this.accounts.findByEmail("recruiter@demo.slope.example").orElseThrow();
		Map<String, Integer> byStage = new java.util.HashMap<>();
		this.jdbc.query("select a.stage, count(*) from application a join job_posting p on p.id = a.posting_id "
				+ "join company_member m on m.company_id = p.company_id where m.account_id = ? group by a.stage",
				(java.sql.ResultSet rs) -> {
					byStage.put(rs.getString(1), rs.getInt(2));
				}, recruiter.getId());
		assertThat(byStage.keySet()).containsExactlyInAnyOrder("SOURCED", "APPLIED", "SCREENING", "INTERVIEW",
				"OFFER", "HIRED", "REJECTED", "WITHDRAWN");
		assertThat(byStage.get("SOURCED")).isEqualTo(DemoData.INVITATIONS);
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_profile p join account a "
				+ "on a.id = p.account_id where a.demo", Integer.class)).isGreaterThanOrEqualTo(15);
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_publication", Integer.class)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from application_note", Integer.class)).isPositive();

		Account seeker = this.accounts.findByEmail("seeker@demo.slope.example").orElseThrow();
		assertThat(this.jdbc.queryForList("select stage from application where account_id = ? order by stage",
				String.class, seeker.getId())).containsExactly("APPLIED", "INTERVIEW");
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_resume where account_id = ?", Integer.class,
				seeker.getId())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from saved_job where account_id = ?", Integer.class,
				seeker.getId())).isEqualTo(3);
		assertThat(this.jdbc.queryForList("select frequency from job_alert where account_id = ? order by name",
				String.class, seeker.getId())).containsExactly("WEEKLY", "DAILY");
	}

	@Test
	void holdsThousandsOfDiscoverableCandidatesThatTheRecruiterSearchFinds() {
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_profile where discoverable",
				Integer.class)).isGreaterThanOrEqualTo(DemoData.CANDIDATES);
		assertThat(this.jdbc.queryForObject("select count(distinct seniority) from candidate_wanted_seniority",
				Integer.class)).isEqualTo(7);
		assertThat(this.jdbc.queryForObject("select count(distinct role_type_id) from candidate_wanted_role_type",
				Integer.class)).isEqualTo(this.taxonomy.roleTypes().size());
		assertThat(this.jdbc.queryForObject("select max(citations) from candidate_publication", Integer.class))
			.isGreaterThan(1_000);
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_profile where scholar_url is not null",
				Integer.class)).isGreaterThan(300);
		// the next account gets a new id: the sequence moved past the ids they took
		String sequence = this.jdbc.queryForObject("select pg_get_serial_sequence('account', 'id')", String.class);
		assertThat(this.jdbc.queryForObject("select last_value from " + sequence, Long.class))
			.isGreaterThanOrEqualTo(this.jdbc.queryForObject("select max(id) from account", Long.class));

		Account recruiter = this.accounts.findByEmail("recruiter@demo.slope.example").orElseThrow();
		CandidateSearchResult all = this.candidates.search(recruiter.getId(), CandidateQuery.all());
		assertThat(all.total()).isGreaterThanOrEqualTo(DemoData.CANDIDATES);
		CandidateSearchResult pytorch = this.candidates.search(recruiter.getId(), new CandidateQuery("language models",
				List.of("pytorch"), List.of("jax"), Set.of(), Set.of(), null, null, Set.of(), false, false, null, null,
				null, Set.of(), null, 1, 20));
		assertThat(pytorch.total()).isPositive();
		assertThat(pytorch.hits().get(0).why().mustSkills()).containsExactly("PyTorch");
	}

	@Test
	void fillsIssue18sSignalsAtRealisticRatesAndTheSearchFiltersOnThem() {
		int candidates = this.jdbc.queryForObject("select count(*) from candidate_profile where discoverable",
				Integer.class);
		int withCareer = this.jdbc.queryForObject("select count(distinct account_id) from candidate_position",
				Integer.class);
		int withAchievement = this.jdbc.queryForObject("select count(distinct account_id) from candidate_achievement",
				Integer.class);
		int maintainers = this.jdbc.queryForObject(
				"select count(distinct account_id) from candidate_repository where role = 'MAINTAINER'", Integer.class);
		assertThat(withCareer).isBetween(candidates * 5 / 10, candidates * 8 / 10);
		assertThat(withAchievement).isBetween(candidates * 5 / 100, candidates * 13 / 100);
		assertThat(maintainers).isBetween(candidates * 2 / 100, candidates * 8 / 100);

		Account recruiter = this.accounts.findByEmail("recruiter@demo.slope.example").orElseThrow();
		CandidateSearchResult found = this.candidates.search(recruiter.getId(), new CandidateQuery(null, List.of(),
				List.of(), Set.of(), Set.of(), null, null, Set.of(), false, false, null, null, null, Set.of(), null, 1, 20,
				Set.of(ai.slope.candidates.AchievementKind.KAGGLE), true, null));
		assertThat(found.total()).isPositive()
			.isEqualTo(this.jdbc.queryForObject("select count(*) from candidate_profile p where p.discoverable"
					+ " and exists (select 1 from candidate_achievement a where a.account_id = p.account_id and a.kind = 'KAGGLE')"
					+ " and exists (select 1 from candidate_repository r where r.account_id = p.account_id"
					+ " and r.role = 'MAINTAINER')", Long.class));

		// publications: about two in three at a top venue (as a save matches them), three in ten first-author
		double matched = this.jdbc.queryForObject("select avg(case when top_venue_id is null then 0.0 else 1.0 end) "
				+ "from candidate_publication p join account a on a.id = p.account_id where a.demo", Double.class);
		double firstAuthor = this.jdbc.queryForObject("select avg(case when first_author then 1.0 else 0.0 end) "
				+ "from candidate_publication p join account a on a.id = p.account_id where a.demo", Double.class);
		assertThat(matched).isBetween(0.55, 0.8);
		assertThat(firstAuthor).isBetween(0.2, 0.4);
		CandidateSearchResult papers = this.candidates.search(recruiter.getId(), CandidateQuery.all()
			.withTopVenuePapers(new ai.slope.candidates.TopVenuePapers.Criteria(2, true, 2020, null)));
		assertThat(papers.total()).isPositive()
			.isEqualTo(this.jdbc.queryForObject("select count(*) from candidate_profile p where p.discoverable"
					+ " and not p.account_suspended and (select count(*) from candidate_publication c"
					+ " where c.account_id = p.account_id and c.top_venue_id is not null and c.first_author"
					+ " and c.year >= 2020) >= 2", Long.class));
	}

	@Test
	void makesTheDemoRecruiterAMemberOfAVerifiedCompany() {
		Account recruiter = this.accounts.findByEmail("recruiter@demo.slope.example").orElseThrow();
		assertThat(this.memberships.activeCompanyOf(recruiter.getId())).hasValueSatisfying(company -> {
			assertThat(company.isVerified()).isTrue();
			assertThat(this.memberships.activeMemberIds(company.getId())).containsExactly(recruiter.getId());
		});
		Account seeker = this.accounts.findByEmail("seeker@demo.slope.example").orElseThrow();
		assertThat(this.memberships.activeCompanyOf(seeker.getId())).isEmpty();
	}

	@Test
	void theStartUpBannerListsTheDemoLogins() {
		assertThat(this.demoAccounts.lines()).hasSize(4)
			.anySatisfy(line -> assertThat(line).contains("recruiter").contains("recruiter@demo.slope.example")
				.contains("slope-demo-recruiter"));
	}

	@Test
	void loadsCompaniesOnStartupAndVerifiesMostOfThem() {
		List<Company> all = this.companies.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(80);
		assertThat(all).allSatisfy(company -> assertThat(company.getWebsite()).endsWith(".example"));
		double verified = all.stream().filter(Company::isVerified).count() / (double) all.size();
		assertThat(verified).isBetween(0.45, 0.75);
		assertThat(all.stream().map(Company::getHqCountry).distinct().count()).isGreaterThanOrEqualTo(15);
	}

	@Test
	void publishesPostingsForEveryFilterValue() {
		JobSearchResult result = this.search.search(JobQuery.all());
		Facets facets = result.facets();

		assertThat(result.total()).isGreaterThanOrEqualTo(2_000);
		assertThat(facets.roleTypes().keySet())
			.containsExactlyInAnyOrderElementsOf(this.taxonomy.roleTypes().stream().map(RoleType::getSlug).toList());
		assertThat(facets.seniorities().keySet()).containsExactlyInAnyOrder(Seniority.values());
		assertThat(facets.employmentTypes().keySet()).containsExactlyInAnyOrder(EmploymentType.values());
		assertThat(facets.remotePolicies().keySet()).containsExactlyInAnyOrder(RemotePolicy.values());
		assertThat(facets.countries()).hasSizeGreaterThanOrEqualTo(15)
			.containsKeys("US", "GB", "DE", "FR", "CA", "CN", "SG", "JP", "IN", "CH", "NL", "SE", "IL", "KR", "AU",
					"PL");
		assertThat(facets.visaSponsorship() / (double) result.total()).isBetween(0.2, 0.4);
	}

	@Test
	@org.springframework.transaction.annotation.Transactional(readOnly = true) // the role types are read lazily
	void publishesProgramsOfEveryKindAcrossRoleTypesAndCountriesWithDeadlinesAhead() {
		Instant now = Instant.now();
		List<JobPosting> programs = this.postings.findAll()
			.stream()
			.filter(p -> p.isProgram() && p.getStatus() == JobStatus.PUBLISHED)
			.toList();

		assertThat(programs).hasSizeGreaterThanOrEqualTo(60);
		assertThat(programs.stream().map(JobPosting::getOpeningType).distinct()).containsExactlyInAnyOrder(
				ai.slope.jobs.OpeningType.INTERNSHIP, ai.slope.jobs.OpeningType.RESIDENCY,
				ai.slope.jobs.OpeningType.FELLOWSHIP, ai.slope.jobs.OpeningType.CAREER_SWITCH);
		assertThat(programs.stream().map(p -> p.getRoleType().getSlug()).distinct().count()).isGreaterThanOrEqualTo(5);
		assertThat(programs.stream().map(JobPosting::getCountry).distinct().count()).isGreaterThanOrEqualTo(5);
		assertThat(programs.stream().filter(p -> !p.getProgramTerms().aiExperienceRequired()).count())
			.isGreaterThanOrEqualTo(20);
		assertThat(programs.stream().filter(p -> p.getProgramTerms().aiExperienceRequired()).count()).isPositive();
		assertThat(programs.stream().filter(p -> p.getProgramTerms().mentoring()).count()).isGreaterThanOrEqualTo(20);
		assertThat(programs.stream().filter(p -> !p.getProgramTerms().mentoring()).count()).isPositive();
		assertThat(programs).allSatisfy(p -> {
			assertThat(p.getExpiresAt()).isEqualTo(ai.slope.jobs.ProgramTerms.closingTime(p.getApplicationDeadline()));
			assertThat(p.isLive(now)).isTrue();
			assertThat(p.getProgramTerms().eligibility()).startsWith("- ");
			assertThat(p.getProgramTerms().cohortStart()).isAfter(p.getApplicationDeadline());
		});
		assertThat(programs.stream().filter(p -> p.getOpeningType() == ai.slope.jobs.OpeningType.INTERNSHIP))
			.allSatisfy(p -> assertThat(p.getEmploymentType()).isEqualTo(EmploymentType.INTERNSHIP));
		long soonest = programs.stream().mapToLong(p -> p.getApplicationDeadline().toEpochDay()).min().orElseThrow();
		long latest = programs.stream().mapToLong(p -> p.getApplicationDeadline().toEpochDay()).max().orElseThrow();
		assertThat(latest - soonest).as("deadlines spread over months").isGreaterThan(60);
	}

	@Test
	@org.springframework.transaction.annotation.Transactional(readOnly = true) // the role types are read lazily
	void givesEachKindOfProgramRoleTypesThatSuitIt() {
		Map<OpeningType, Set<String>> roleTypes = new java.util.EnumMap<>(OpeningType.class);
		for (JobPosting p : this.postings.findAll()) {
			if (p.isProgram()) {
				roleTypes.computeIfAbsent(p.getOpeningType(), t -> new java.util.TreeSet<>())
					.add(p.getRoleType().getSlug());
			}
		}
		Set<String> research = Set.of("research-scientist", "research-engineer", "applied-scientist", "ai-safety",
				"ai-ethics-policy");
		assertThat(research).containsAll(roleTypes.get(OpeningType.FELLOWSHIP));
		assertThat(research).containsAll(roleTypes.get(OpeningType.RESIDENCY));
		assertThat(roleTypes.get(OpeningType.CAREER_SWITCH)).doesNotContain("research-scientist", "ai-safety")
			.hasSizeGreaterThan(2);
		assertThat(roleTypes.get(OpeningType.INTERNSHIP)).hasSizeGreaterThan(3);
	}

	@Test
	void givesDemoPostingsAndProgramsTheirHistoryWrittenThenPublished() {
		List<JobPosting> all = this.postings.findAll();
		JobPosting program = all.stream()
			.filter(p -> p.isProgram() && p.getStatus() == JobStatus.PUBLISHED)
			.findFirst()
			.orElseThrow();
		JobPosting job = all.stream()
			.filter(p -> !p.isProgram() && p.getStatus() == JobStatus.PUBLISHED)
			.findFirst()
			.orElseThrow();
		for (JobPosting posting : List.of(program, job)) {
			List<PostingHistoryEntry> history = this.lifecycle.history(posting.getId());
			assertThat(history).extracting(PostingHistoryEntry::getToStatus)
				.containsExactly(JobStatus.DRAFT, JobStatus.PUBLISHED);
			assertThat(history.get(1).getAt()).isEqualTo(posting.getPublishedAt());
			assertThat(history.get(0).getAt()).isBefore(posting.getPublishedAt());
			assertThat(history).extracting(PostingHistoryEntry::getReason).containsOnly("postings.reason.demo");
		}
		JobPosting inReview = all.stream()
			.filter(p -> p.getStatus() == JobStatus.PENDING_REVIEW)
			.findFirst()
			.orElseThrow();
		assertThat(this.lifecycle.history(inReview.getId())).extracting(PostingHistoryEntry::getToStatus)
			.containsExactly(JobStatus.DRAFT, JobStatus.PUBLISHED, JobStatus.PENDING_REVIEW);
	}

	@Test
	void keepsAFewDraftsOutOfSearch() {
		long drafts = this.postings.countByStatus(JobStatus.DRAFT);
		long published = this.postings.countByStatus(JobStatus.PUBLISHED);

		assertThat(drafts).isBetween(5L, 50L);
		assertThat(this.search.search(JobQuery.all()).total()).isEqualTo(published);
	}

	@Test
	void putsAFewPostingsOfUnverifiedCompaniesInTheReviewQueue() {
		List<JobPosting> pending = this.postings.findAll()
			.stream()
			.filter(p -> p.getStatus() == JobStatus.PENDING_REVIEW)
			.toList();

		assertThat(pending).hasSize(3).allSatisfy(p -> assertThat(p.getSubmittedAt()).isNotNull());
		assertThat(this.companies.findAll()).filteredOn(c -> !c.isVerified())
			.extracting(Company::getId)
			.contains(pending.stream().map(p -> p.getCompany().getId()).toArray(Long[]::new));
	}

	@Test
	void writesAboutOneInElevenPostingsInChinese() {
		List<JobPosting> all = this.postings.findAll();
		long chinese = all.stream().filter(p -> CHINESE.matcher(p.getTitle()).find()).count();

		assertThat(chinese / (double) all.size()).isBetween(0.06, 0.12);
		JobSearchResult result = this.search.search(JobQuery.all().withKeywords("机器学习"));
		assertThat(result.total()).isPositive();
		assertThat(result.hits()).anySatisfy(hit -> assertThat(hit.title()).containsPattern(CHINESE));
	}

	@Test
	void writesDescriptionsOfRealisticLength() {
		for (JobPosting posting : this.postings.findAll()) {
			String description = posting.getDescription();
			assertThat(description).contains("## ").contains("\n- ");
			if (CHINESE.matcher(posting.getTitle()).find()) {
				assertThat(description.codePointCount(0, description.length())).as(posting.getTitle())
					.isBetween(300, 900);
			}
			else {
				assertThat(description.split("\\s+")).as(posting.getTitle()).hasSizeBetween(150, 400);
			}
		}
	}

	@Test
	void paysSeniorResearchScientistsLikeTheSalaryIndexSays() {
		JobQuery seniorResearchScientists = new JobQuery(null, Set.of("research-scientist"), Set.of(Seniority.SENIOR),
				Set.of(), Set.of(), Set.of(), null, false, null, null, null, 1, JobQuery.MAX_SIZE);
		List<JobSummary> hits = this.search.search(seniorResearchScientists).hits();

		assertThat(hits).hasSizeGreaterThanOrEqualTo(20);
		int[] maxima = hits.stream().mapToInt(JobSummary::salaryMaxUsd).sorted().toArray();
		assertThat(maxima[maxima.length / 2]).isBetween(100_000, 500_000);
	}

	@Test
	void statesPayInTheLocalCurrencyAndAnnualDollars() {
		for (JobPosting posting : this.postings.findAll()) {
			assertThat(posting.getSalaryMinUsd()).isEqualTo(AnnualPay.toAnnualUsd(this.exchangeRates,
					posting.getSalaryMin(), posting.getSalaryCurrency(), posting.getSalaryPeriod(),
					posting.getEmploymentType()));
			assertThat(posting.getSalaryMaxUsd()).isEqualTo(AnnualPay.toAnnualUsd(this.exchangeRates,
					posting.getSalaryMax(), posting.getSalaryCurrency(), posting.getSalaryPeriod(),
					posting.getEmploymentType()));
			assertThat(posting.getSalaryMax()).isGreaterThan(posting.getSalaryMin());
		}
		assertThat(this.postings.findAll().stream().map(JobPosting::getSalaryCurrency).distinct())
			.contains("USD", "GBP", "EUR", "CNY", "JPY", "INR");
	}

	@Test
	void loadsNothingWhenCompaniesExist() {
		long companies = this.companies.count();
		long postings = this.postings.count();

		assertThat(this.demoData.loadIfEmpty()).isEmpty();
		assertThat(this.companies.count()).isEqualTo(companies);
		assertThat(this.postings.count()).isEqualTo(postings);
	}

	@Test
	void makesUpTheSameDataEveryTime() {
		Instant now = Instant.parse("2026-01-15T10:00:00Z");
		List<String> first = describe(this.demoData.generate(now).postings());
		List<String> second = describe(this.demoData.generate(now).postings());

		assertThat(first).hasSizeGreaterThanOrEqualTo(2_000).isEqualTo(second);
	}

	private static List<String> describe(List<JobPosting> postings) {
		return postings.stream()
			.map(p -> String.join("|", p.getCompany().getSlug(), p.getTitle(), p.getCity() + "", p.getCountry(),
					p.getSalaryMin() + p.getSalaryCurrency(), String.join(",", p.getSkills()), p.getDescription(),
					p.getPublishedAt() + ""))
			.toList();
	}

}
