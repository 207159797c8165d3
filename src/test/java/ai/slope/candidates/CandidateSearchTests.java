package ai.slope.candidates;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.candidates.CandidateRanking.Signal;
import ai.slope.candidates.CandidateRanking.TextField;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recruiter search on PostgreSQL and the Lucene index. Each test gives its profiles a skill of its own and
 * makes it a must-have, so that it sees only its own profiles in the index the test context shares.
 */
@WebIntegrationTest
class CandidateSearchTests {

	@Autowired
	CandidateSearch search;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	RoleTaxonomy taxonomy;

	private final String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private long recruiter() {
		return this.recruiters.recruiter(true).account().getId();
	}

	private CandidateQuery query(String keywords, UnaryOperator<Filters> filters) {
		Filters f = filters.apply(new Filters());
		return new CandidateQuery(keywords, List.of(this.tag), f.nice, f.roleTypeIds, f.seniorities, f.minYears,
				f.maxYears, f.countries, f.remote, f.relocation, f.minPublications, f.minCitations, f.minHIndex, f.links,
				f.maxSalaryUsd, 1, 20);
	}

	private List<Long> found(String keywords) {
		return found(keywords, UnaryOperator.identity());
	}

	private List<Long> found(String keywords, UnaryOperator<Filters> filters) {
		return this.search.search(recruiter(), query(keywords, filters))
			.hits()
			.stream()
			.map(CandidateHit::accountId)
			.toList();
	}

	static class Filters {

		List<String> nice = List.of();

		Set<Long> roleTypeIds = Set.of();

		Set<Seniority> seniorities = Set.of();

		Integer minYears;

		Integer maxYears;

		Set<String> countries = Set.of();

		boolean remote;

		boolean relocation;

		Integer minPublications;

		Integer minCitations;

		Integer minHIndex;

		Set<ProfileLinks.Site> links = Set.of();

		Integer maxSalaryUsd;

	}

	@Test
	void ranksTextThenNiceToHaveSkillsThenResearchSignals() {
		// the same headline, so the same text score: the one with both nice-to-have skills comes before the one
		// with strong research signals and none of them
		long skilled = this.candidates.discoverable("Diffusion model researcher", this.tag + ", JAX, CUDA").save().getId();
		long published = this.candidates.discoverable("Diffusion model researcher", this.tag)
			.papers(10, 120)
			.scholar("AbCdEf123456")
			.save()
			.getId();
		// the word only in the summary, which weighs a third of the headline, and one nice-to-have skill
		long summaryOnly = this.candidates.discoverable("Computer vision engineer", this.tag + ", JAX")
			.summary("I have shipped diffusion models to production.")
			.save()
			.getId();
		// no diffusion at all: not a result
		this.candidates.discoverable("Backend engineer", this.tag + ", JAX, CUDA").papers(5, 500).save();

		List<Long> order = found("diffusion", f -> {
			f.nice = List.of("jax", "cuda");
			return f;
		});

		assertThat(order).containsExactly(skilled, published, summaryOnly);
	}

	@Test
	void withoutKeywordsResearchSignalsAndSkillsRank() {
		long none = this.candidates.discoverable("Engineer", this.tag).save().getId();
		long github = this.candidates.discoverable("Engineer", this.tag).github("octo-" + this.tag).save().getId();
		long cited = this.candidates.discoverable("Engineer", this.tag).papers(6, 30).save().getId();
		long highlyCited = this.candidates.discoverable("Engineer", this.tag).papers(10, 1_200).save().getId();

		assertThat(found(null)).containsExactly(highlyCited, cited, github, none);
	}

	@Test
	void explainsWhyEachResultMatched() {
		Account account = this.candidates.discoverable("Diffusion researcher", this.tag + ", JAX, PyTorch")
			.summary("Large language models and diffusion.")
			.paper("Guided diffusion at scale", 150)
			.github("gh-" + this.tag)
			.save();

		CandidateHit hit = this.search.search(recruiter(), query("diffusion \"language models\" NOT gan", f -> {
			f.nice = List.of("jax", "cuda");
			return f;
		})).hits().get(0);

		assertThat(hit.accountId()).isEqualTo(account.getId());
		MatchExplanation why = hit.why();
		assertThat(why.terms()).containsExactly(
				new MatchExplanation.TermMatch("diffusion",
						List.of(TextField.HEADLINE, TextField.PUBLICATION_TITLES, TextField.SUMMARY)),
				new MatchExplanation.TermMatch("language models", List.of(TextField.SUMMARY)));
		assertThat(why.mustSkills()).containsExactly(this.tag);
		assertThat(why.niceSkills()).containsExactly("JAX");
		assertThat(why.missingNiceSkills()).containsExactly("cuda");
		assertThat(why.signals()).extracting(CandidateRanking.SignalCounted::signal)
			.containsExactly(Signal.PUBLICATIONS, Signal.CITATIONS, Signal.TOP_VENUE_PAPERS, Signal.GITHUB);
		assertThat(why.signals().get(1).value()).isEqualTo(150);
		assertThat(hit.metrics().totalCitations()).isEqualTo(150);
		assertThat(hit.score()).isPositive();
	}

	@Test
	void understandsAndOrNotPhrasesAndParentheses() {
		long rl = this.candidates.discoverable("Reinforcement learning", this.tag + ", Python").save().getId();
		long vision = this.candidates.discoverable("Computer vision", this.tag + ", Rust").save().getId();
		long llm = this.candidates.discoverable("Engineer", this.tag).summary("Large language models for code").save().getId();
		long robotics = this.candidates.discoverable("Reinforcement learning for robotics", this.tag).save().getId();

		assertThat(found("reinforcement learning")).containsExactlyInAnyOrder(rl, robotics);
		assertThat(found("reinforcement AND learning")).containsExactlyInAnyOrder(rl, robotics);
		assertThat(found("vision OR robotics")).containsExactlyInAnyOrder(vision, robotics);
		assertThat(found("learning NOT robotics")).containsExactly(rl);
		assertThat(found("\"language models\"")).containsExactly(llm);
		assertThat(found("\"models language\"")).isEmpty();
		assertThat(found("(vision OR robotics) AND NOT computer")).containsExactly(robotics);
		assertThat(found("(computer OR reinforcement) (vision OR robotics)")).containsExactlyInAnyOrder(vision, robotics);
		assertThat(found("rust")).containsExactly(vision);
		assertThat(found("(unclosed OR vision")).containsExactly(vision);
	}

	@Test
	void keepsLanguageNamesWithSymbolsApartFromTheLetter() {
		long csharp = this.candidates.discoverable("Backend engineer", this.tag + ", C#").save().getId();
		long cpp = this.candidates.discoverable("Kernel engineer", this.tag + ", C++").save().getId();
		long c = this.candidates.discoverable("Embedded engineer", this.tag + ", C").save().getId();
		long dotnet = this.candidates.discoverable("Engineer", this.tag).summary("Ten years of .NET and Node.js").save().getId();

		assertThat(found("C#")).containsExactly(csharp);
		assertThat(found("C++")).containsExactly(cpp);
		assertThat(found("C")).containsExactly(c);
		assertThat(found(".NET")).containsExactly(dotnet);
		assertThat(found("node.js")).containsExactly(dotnet);
		assertThat(found("C# OR C++")).containsExactlyInAnyOrder(csharp, cpp);
	}

	@Test
	void eachFilterNarrowsTheResults() {
		long berlin = this.candidates.discoverable("A", this.tag + ", JAX")
			.years(3)
			.salary(90_000, "EUR")
			.save()
			.getId();
		long london = this.candidates.discoverable("B", this.tag)
			.country("GB")
			.remote(false)
			.relocation(true)
			.years(12)
			.roleTypes("ml-engineer")
			.seniorities("STAFF")
			.salary(250_000, "USD")
			.huggingFace("hf-" + this.tag)
			.save()
			.getId();
		long scholar = this.candidates.discoverable("C", this.tag)
			.country("US")
			.years(7)
			.papers(8, 40)
			.scholar("Zz" + this.tag.substring(0, 10))
			.save()
			.getId();

		assertThat(found(null)).containsExactlyInAnyOrder(berlin, london, scholar);
		assertThat(found(null, f -> {
			f.roleTypeIds = Set.of(this.taxonomy.roleType("ml-engineer").orElseThrow().getId());
			return f;
		})).containsExactly(london);
		assertThat(found(null, f -> {
			f.seniorities = Set.of(Seniority.SENIOR, Seniority.PRINCIPAL);
			return f;
		})).containsExactlyInAnyOrder(berlin, scholar);
		assertThat(found(null, f -> {
			f.minYears = 5;
			return f;
		})).containsExactlyInAnyOrder(london, scholar);
		assertThat(found(null, f -> {
			f.minYears = 4;
			f.maxYears = 10;
			return f;
		})).containsExactly(scholar);
		assertThat(found(null, f -> {
			f.countries = Set.of("DE", "US");
			return f;
		})).containsExactlyInAnyOrder(berlin, scholar);
		assertThat(found(null, f -> {
			f.remote = true;
			return f;
		})).containsExactlyInAnyOrder(berlin, scholar);
		assertThat(found(null, f -> {
			f.relocation = true;
			return f;
		})).containsExactly(london);
		assertThat(found(null, f -> {
			f.minPublications = 5;
			return f;
		})).containsExactly(scholar);
		assertThat(found(null, f -> {
			f.minCitations = 320;
			return f;
		})).containsExactly(scholar);
		assertThat(found(null, f -> {
			f.minCitations = 321;
			return f;
		})).isEmpty();
		assertThat(found(null, f -> {
			f.minHIndex = 8;
			return f;
		})).containsExactly(scholar);
		assertThat(found(null, f -> {
			f.links = Set.of(ProfileLinks.Site.SCHOLAR);
			return f;
		})).containsExactly(scholar);
		assertThat(found(null, f -> {
			f.links = Set.of(ProfileLinks.Site.HUGGING_FACE);
			return f;
		})).containsExactly(london);
		// 90,000 EUR is about 100,000 USD; the one who gives no expectation stays in
		assertThat(found(null, f -> {
			f.maxSalaryUsd = 120_000;
			return f;
		})).containsExactlyInAnyOrder(berlin, scholar);
		assertThat(found(null, f -> {
			f.maxSalaryUsd = 90_000;
			return f;
		})).containsExactly(scholar);
		assertThat(found(null, f -> {
			f.nice = List.of("jax");
			f.countries = Set.of("DE");
			return f;
		})).containsExactly(berlin);
	}

	@Test
	void aProfileThatIsNotDiscoverableNeverAppearsAndLeavesAtOnce() {
		Account hidden = this.candidates.seeker();
		this.profiles.save(hidden.getId(), null, CandidateFixture.input("Private person", this.tag));
		Account shown = this.candidates.discoverable("Public person", this.tag).save();

		assertThat(found(null)).containsExactly(shown.getId());

		this.profiles.setDiscoverable(shown.getId(), false);
		assertThat(found(null)).isEmpty();

		this.profiles.setDiscoverable(hidden.getId(), true);
		assertThat(found("private")).containsExactly(hidden.getId());
	}

	@Test
	void aProfileStillInTheIndexIsNotShownOnceItsRowSaysItIsPrivate(@Autowired JdbcTemplate jdbc) {
		Account shown = this.candidates.discoverable("Lagging index", this.tag).save();
		assertThat(found(null)).containsExactly(shown.getId());

		// as while the index has not caught up yet (on OpenSearch, behind its outbox): the row changed, the index not
		jdbc.update("update candidate_profile set discoverable = false where account_id = ?", shown.getId());
		assertThat(found(null)).isEmpty();
	}

	@Test
	void aSuspendedAccountsProfileIsFoundByNoOneUntilItIsReactivated(@Autowired Accounts accounts,
			@Autowired ProfileViews views) {
		Account person = this.candidates.discoverable("Suspended person", this.tag).save();
		long recruiter = recruiter();
		assertThat(found(null)).containsExactly(person.getId());

		accounts.suspend(person.getId());
		assertThat(found(null)).isEmpty();
		assertThat(found("suspended")).isEmpty();
		assertThatThrownBy(() -> views.view(recruiter, person.getId())).isInstanceOf(CandidateNotFoundException.class);

		accounts.reactivate(person.getId());
		assertThat(found("suspended")).containsExactly(person.getId());
		assertThat(views.view(recruiter, person.getId()).profile().getAccountId()).isEqualTo(person.getId());
	}

	@Test
	void aCompanyViewingTheSameProfileWithinTheHourRecordsOneView(@Autowired ProfileViews views,
			@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc, @Autowired TestClock clock) {
		Account person = this.candidates.discoverable("Viewed person", this.tag).save();
		RecruiterFixture.Recruiter first = this.recruiters.recruiter(true);
		Account colleague = this.recruiters.join(first.company(), java.util.Locale.ENGLISH);
		long other = recruiter();

		views.view(first.id(), person.getId());
		views.view(first.id(), person.getId());
		views.view(colleague.getId(), person.getId());
		views.view(other, person.getId());

		String count = "select count(*) from candidate_profile_view where candidate_id = ? and company_id = ?";
		assertThat(jdbc.queryForObject(count, Long.class, person.getId(), first.companyId())).isEqualTo(1);
		assertThat(views.of(person.getId(), org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(2);

		// a view more than an hour ago does not count
		clock.advance(Duration.ofMinutes(61));
		try {
			views.view(colleague.getId(), person.getId());
		}
		finally {
			clock.reset();
		}
		assertThat(jdbc.queryForObject(count, Long.class, person.getId(), first.companyId())).isEqualTo(2);
	}

	@Test
	void changesToAProfileAndItsPublicationsReachTheIndexAtOnce() {
		Account account = this.candidates.discoverable("Speech engineer", this.tag).save();
		assertThat(found("speech")).containsExactly(account.getId());

		CandidateProfile profile = this.profiles.profileOf(account.getId()).orElseThrow();
		this.profiles.save(account.getId(), profile.getVersion(), CandidateFixture.input("Robotics engineer", this.tag));
		assertThat(found("speech")).isEmpty();
		assertThat(found("robotics")).containsExactly(account.getId());

		Publication paper = this.candidates.publications()
			.add(account.getId(), new Publications.PublicationInput("Tokenizers for speech", "ICASSP", "2024", "5", ""));
		assertThat(found("tokenizers")).containsExactly(account.getId());
		assertThat(found("icassp")).containsExactly(account.getId());
		this.candidates.publications().remove(account.getId(), paper.getId());
		assertThat(found("tokenizers")).isEmpty();
	}

	@Test
	void onlyRecruitersOfVerifiedCompaniesSearch() {
		long unverified = this.recruiters.recruiter(false).account().getId();
		long companyless = this.candidates.account(ai.slope.accounts.Role.RECRUITER).getId();

		assertThatThrownBy(() -> this.search.search(unverified, CandidateQuery.all()))
			.isInstanceOfSatisfying(CandidateSearchRefusedException.class,
					ex -> assertThat(ex.getReason()).isEqualTo(CandidateSearchRefusedException.Reason.UNVERIFIED));
		assertThatThrownBy(() -> this.search.search(companyless, CandidateQuery.all()))
			.isInstanceOfSatisfying(CandidateSearchRefusedException.class,
					ex -> assertThat(ex.getReason()).isEqualTo(CandidateSearchRefusedException.Reason.NO_COMPANY));
	}

}
