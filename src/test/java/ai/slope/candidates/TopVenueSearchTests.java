package ai.slope.candidates;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.roles.Seniority;
import ai.slope.system.EventListeners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruiter search's filter on top-venue papers (at least N, first-author, since a year, a field), answered from
 * the index and compared with counts in SQL over the stored matches; the matches kept when admins change venues;
 * the papers' weight in the ranking and their sentence in the explanation; and matching a posting of a research
 * role type, which weighs papers, achievements and growth more. {@link OpenSearchTopVenueSearchTests} runs them on
 * OpenSearch.
 */
@WebIntegrationTest
class TopVenueSearchTests {

	@Autowired
	CandidateSearch search;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	Publications publications;

	@Autowired
	TopVenues venues;

	@Autowired
	CareerPositions positions;

	@Autowired
	Achievements achievements;

	@Autowired
	PostingFixture postings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	VenueMatches matches;

	@Autowired
	MockMvc mvc;

	private final String tag = "v" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private Long recruiter;

	private long recruiter() {
		if (this.recruiter == null) {
			this.recruiter = this.recruiters.recruiter(true).account().getId();
		}
		return this.recruiter;
	}

	private CandidateQuery query(TopVenuePapers.Criteria criteria) {
		return new CandidateQuery(null, List.of(this.tag), List.of(), Set.of(), Set.of(), null, null, Set.of(), false,
				false, null, null, null, Set.of(), null, 1, 20, Set.of(), false, null, criteria);
	}

	private List<CandidateHit> hits(TopVenuePapers.Criteria criteria) {
		return this.search.search(recruiter(), query(criteria)).hits();
	}

	private Set<Long> found(TopVenuePapers.Criteria criteria) {
		return hits(criteria).stream().map(CandidateHit::accountId).collect(Collectors.toSet());
	}

	private long paper(long account, String venue, int year, boolean firstAuthor) {
		return this.publications
			.add(account, new Publications.PublicationInput("Paper at " + venue, venue, String.valueOf(year), "0", "",
					firstAuthor))
			.getId();
	}

	private String storedVenue(long publicationId) {
		return this.jdbc.queryForObject("select v.acronym from candidate_publication p left join top_venue v "
				+ "on v.id = p.top_venue_id where p.id = ?", String.class, publicationId);
	}

	/** The slow, obvious version: the accounts with at least N counted papers, by SQL over the stored matches. */
	private Map<Long, Integer> countedInSql(List<Long> accounts, TopVenuePapers.Criteria criteria) {
		String ids = accounts.stream().map(String::valueOf).collect(Collectors.joining(","));
		String field = (criteria.field() != null) ? criteria.field().name() : null;
		return this.jdbc.query("select p.account_id, count(*) from candidate_publication p join top_venue v "
				+ "on v.id = p.top_venue_id where p.account_id in (" + ids + ") and (p.first_author or not ?) "
				+ "and p.year >= ? and (cast(? as varchar) is null or v.field = cast(? as varchar)) "
				+ "group by p.account_id having count(*) >= ?", rs -> {
					Map<Long, Integer> counts = new java.util.HashMap<>();
					while (rs.next()) {
						counts.put(rs.getLong(1), rs.getInt(2));
					}
					return counts;
				}, criteria.firstAuthor(), (criteria.since() != null) ? criteria.since() : 0, field, field,
				criteria.count());
	}

	@Test
	void everyCombinationOfTheFilterFindsWhatSqlCountsOverTheStoredMatches() {
		long a = this.candidates.discoverable("Researcher A", this.tag).save().getId();
		long nips = paper(a, "neurips 2023", 2023, true);
		long oldNips = paper(a, "NIPS", 2019, false);
		long icml = paper(a, "Proceedings of the 38th International Conference on Machine Learning (ICML 2021)", 2021,
				true);
		long arxiv = paper(a, "arXiv", 2024, true);
		long b = this.candidates.discoverable("Researcher B", this.tag).save().getId();
		long cvpr = paper(b, "CVPR", 2022, true);
		long cvprLong = paper(b, "IEEE Conference on Computer Vision and Pattern Recognition", 2024, true);
		long iccv = paper(b, "ICCV'23", 2023, false);
		long findings = paper(b, "Findings of EMNLP", 2023, true);
		long c = this.candidates.discoverable("Researcher C", this.tag).save().getId();
		long acl = paper(c, "ACL", 2015, true);
		long emnlp = paper(c, "emnlp", 2020, false);
		long naacl = paper(c, "NAACL-HLT 2022", 2022, true);
		long d = this.candidates.discoverable("Researcher D", this.tag).save().getId();
		long workshop = paper(d, "NeurIPS 2023 Workshop on Robustness", 2023, true);
		long nmi = paper(d, "Nature Machine Intelligence", 2022, true);
		// 22 papers at ICLR, 2000 to 2021, first author of the even years': counted as far as 20
		long e = this.candidates.discoverable("Researcher E", this.tag).save().getId();
		for (int year = 2000; year <= 2021; year++) {
			paper(e, "ICLR " + year, year, year % 2 == 0);
		}
		long f = this.candidates.discoverable("Researcher F", this.tag).save().getId();

		// aliases, case, years and parentheses feed the stored match; workshops, findings and other journals do not
		assertThat(List.of(nips, oldNips, icml, arxiv).stream().map(this::storedVenue))
			.containsExactly("NeurIPS", "NeurIPS", "ICML", null);
		assertThat(List.of(cvpr, cvprLong, iccv, findings).stream().map(this::storedVenue))
			.containsExactly("CVPR", "CVPR", "ICCV", null);
		assertThat(List.of(acl, emnlp, naacl, workshop, nmi).stream().map(this::storedVenue))
			.containsExactly("ACL", "EMNLP", "NAACL", null, null);

		List<Long> all = List.of(a, b, c, d, e, f);
		List<String> checked = new ArrayList<>();
		for (int count : new int[] { 1, 2, 3, 11, 12, 20 }) {
			for (boolean firstAuthor : new boolean[] { false, true }) {
				for (Integer since : new Integer[] { null, 2010, 2020, 2022, 2023, 2024 }) {
					for (VenueField field : new VenueField[] { null, VenueField.ML, VenueField.VISION,
							VenueField.LANGUAGE, VenueField.ROBOTICS }) {
						TopVenuePapers.Criteria criteria = new TopVenuePapers.Criteria(count, firstAuthor, since, field);
						Map<Long, Integer> expected = countedInSql(all, criteria);
						List<CandidateHit> hits = hits(criteria);
						assertThat(hits).as(criteria.toString())
							.extracting(CandidateHit::accountId)
							.containsExactlyInAnyOrderElementsOf(expected.keySet());
						// the explanation counts as SQL does
						for (CandidateHit hit : hits) {
							assertThat(hit.why().topVenuePapers().count()).as(criteria.toString())
								.isEqualTo(expected.get(hit.accountId()));
						}
						checked.add(criteria.toString());
					}
				}
			}
		}
		assertThat(checked).hasSize(360);
		// the cases the fixtures were made for, as numbers
		assertThat(found(new TopVenuePapers.Criteria(2, true, 2022, null))).containsExactlyInAnyOrder(b);
		assertThat(found(new TopVenuePapers.Criteria(3, false, null, VenueField.LANGUAGE))).containsExactly(c);
		assertThat(found(new TopVenuePapers.Criteria(20, false, null, VenueField.ML))).containsExactly(e);
		assertThat(found(new TopVenuePapers.Criteria(11, true, null, null))).containsExactly(e);
		assertThat(found(new TopVenuePapers.Criteria(12, true, null, null))).isEmpty();
		assertThat(found(new TopVenuePapers.Criteria(1, false, 2024, null))).containsExactly(b);
	}

	@Test
	void anAdminsVenueChangesAreMatchedAgainAndTheProfilesReindexed() {
		String name = "Qz" + letters(8);
		long account = this.candidates.discoverable("Roboticist", this.tag).save().getId();
		long paper = paper(account, name.toLowerCase(Locale.ROOT) + " 2024", 2024, true);
		TopVenuePapers.Criteria robotics = new TopVenuePapers.Criteria(1, true, null, VenueField.ROBOTICS);
		TopVenuePapers.Criteria ethics = new TopVenuePapers.Criteria(1, true, null, VenueField.ETHICS);
		assertThat(storedVenue(paper)).isNull();
		assertThat(found(robotics)).isEmpty();

		// added: the paper matches, the profile is found
		TopVenue venue = this.venues.create(new TopVenues.VenueInput(name, "Symposium on " + name, "", VenueField.ROBOTICS));
		EventListeners.awaitDone(this.jdbc);
		assertThat(storedVenue(paper)).isEqualTo(name);
		assertThat(found(robotics)).containsExactly(account);

		// moved to another field: the same match, counted for the other field
		venue = this.venues.update(venue.getId(), venue.getVersion(),
				new TopVenues.VenueInput(name, "Symposium on " + name, "", VenueField.ETHICS)).venue();
		EventListeners.awaitDone(this.jdbc);
		assertThat(found(robotics)).isEmpty();
		assertThat(found(ethics)).containsExactly(account);

		// renamed so that the typed venue is only an alias, then not even that: matched, then free text
		String renamed = "Qy" + letters(8);
		venue = this.venues.update(venue.getId(), venue.getVersion(),
				new TopVenues.VenueInput(renamed, "Symposium on " + renamed, name, VenueField.ETHICS)).venue();
		EventListeners.awaitDone(this.jdbc);
		assertThat(storedVenue(paper)).isEqualTo(renamed);
		assertThat(found(ethics)).containsExactly(account);
		venue = this.venues.update(venue.getId(), venue.getVersion(),
				new TopVenues.VenueInput(renamed, "Symposium on " + renamed, "", VenueField.ETHICS)).venue();
		EventListeners.awaitDone(this.jdbc);
		assertThat(storedVenue(paper)).isNull();
		assertThat(found(ethics)).isEmpty();

		// the alias back, then the venue deleted: free text again, and out of the filter
		venue = this.venues.update(venue.getId(), venue.getVersion(),
				new TopVenues.VenueInput(renamed, "Symposium on " + renamed, name, VenueField.ETHICS)).venue();
		EventListeners.awaitDone(this.jdbc);
		assertThat(found(ethics)).containsExactly(account);
		this.venues.delete(venue.getId());
		EventListeners.awaitDone(this.jdbc);
		assertThat(storedVenue(paper)).isNull();
		assertThat(found(ethics)).isEmpty();
		assertThat(found(null)).containsExactly(account);
	}

	@Test
	void aStoredMatchThatDisagreesWithTheVenuesIsMatchedAgainAsAtStartUp() {
		long account = this.candidates.discoverable("Researcher", this.tag).save().getId();
		long paper = paper(account, "ICML 2022", 2022, true);
		// as after V36, or after a change of the matching rules: the column says something else
		this.jdbc.update("update candidate_publication set top_venue_id = (select id from top_venue where acronym = 'CVPR') "
				+ "where id = ?", paper);

		assertThat(this.venues.rematch()).contains(account);
		EventListeners.awaitDone(this.jdbc);

		assertThat(storedVenue(paper)).isEqualTo("ICML");
		assertThat(this.venues.rematch()).doesNotContain(account);
		assertThat(found(new TopVenuePapers.Criteria(1, true, 2022, VenueField.ML))).containsExactly(account);
		assertThat(found(new TopVenuePapers.Criteria(1, false, null, VenueField.VISION))).isEmpty();
	}

	@Test
	void aStartMatchesEveryPublicationAgainOnlyUnderOtherRules() {
		long account = this.candidates.discoverable("Researcher", this.tag).save().getId();
		long paper = paper(account, "ICML 2022", 2022, true);
		this.jdbc.update("update candidate_publication set top_venue_id = (select id from top_venue where acronym = 'CVPR') "
				+ "where id = ?", paper);

		// the stored matches were made with these rules: a start reads the version and nothing else
		this.jdbc.update("update venue_matching set rules_version = ?", VenueMatcher.RULES_VERSION);
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.matches.rematchAtStartUp());
		assertThat(storedVenue(paper)).isEqualTo("CVPR");

		// made with other rules (0: as right after V36): everything is matched again, once
		this.jdbc.update("update venue_matching set rules_version = 0");
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.matches.rematchAtStartUp());
		EventListeners.awaitDone(this.jdbc);
		assertThat(storedVenue(paper)).isEqualTo("ICML");
		assertThat(this.jdbc.queryForObject("select rules_version from venue_matching", Integer.class))
			.isEqualTo(VenueMatcher.RULES_VERSION);
		assertThat(found(new TopVenuePapers.Criteria(1, true, 2022, VenueField.ML))).containsExactly(account);
	}

	@Test
	void topVenuePapersRaiseTheRankAndTheExplanationNamesThem() throws Exception {
		long freeText = this.candidates.discoverable("Vision researcher", this.tag).save().getId();
		paper(freeText, "CVPR 2023 Workshop on Efficient Vision", 2023, true);
		paper(freeText, "arXiv", 2024, true);
		long published = this.candidates.discoverable("Vision researcher", this.tag).save().getId();
		paper(published, "CVPR 2023", 2023, true);
		paper(published, "International Conference on Computer Vision", 2023, true);
		paper(published, "NeurIPS", 2021, false);

		assertThat(hits(null)).extracting(CandidateHit::accountId).containsExactly(published, freeText);
		CandidateHit hit = hits(null).get(0);
		assertThat(hit.why().signals()).extracting(CandidateRanking.SignalCounted::signal)
			.contains(CandidateRanking.Signal.TOP_VENUE_PAPERS, CandidateRanking.Signal.FIRST_AUTHOR_TOP_VENUE_PAPERS);
		assertThat(hit.why().topVenuePapers()).isNull();

		WebSession browser = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		Document page = browser.page("/recruiter/candidates?must=" + this.tag
				+ "&minTopVenuePapers=2&firstAuthor=true&papersSince=2022&venueField=vision");
		assertThat(page.select(".candidate-result").eachAttr("data-candidate")).containsExactly(String.valueOf(published));
		assertThat(page.select("#minTopVenuePapers").val()).isEqualTo("2");
		assertThat(page.select("#firstAuthor").hasAttr("checked")).isTrue();
		assertThat(page.select("#venueField option[selected]").val()).isEqualTo("vision");
		assertThat(page.select(".why-venues").text())
			.isEqualTo("2 first-author papers at CVPR, ICCV since 2022 (field: Computer vision)");
		assertThat(page.select(".why-signal").eachText()).contains("3 top-venue papers at CVPR, ICCV, NeurIPS",
				"2 first-author papers at CVPR, ICCV");
		Document noField = browser.page("/recruiter/candidates?must=" + this.tag
				+ "&minTopVenuePapers=2&firstAuthor=true&papersSince=2022");
		assertThat(noField.select(".why-venues").text()).isEqualTo("2 first-author papers at CVPR, ICCV since 2022");
		Document chinese = browser.in(Locale.SIMPLIFIED_CHINESE)
			.page("/recruiter/candidates?must=" + this.tag + "&minTopVenuePapers=2&firstAuthor=true&papersSince=2022");
		assertThat(chinese.select(".why-venues").text()).isEqualTo("2022 年以来在 CVPR、ICCV 以第一作者发表顶会论文 2 篇");
		assertThat(chinese.select(".why-signal").eachText()).contains("在 CVPR、ICCV、NeurIPS 发表顶会论文 3 篇");

		// a saved search keeps the filter
		MockHttpServletResponse saved = browser.post("/recruiter/candidates/saved", "name", "Vision " + this.tag,
				"query", "must=" + this.tag + "&minTopVenuePapers=2&firstAuthor=true&papersSince=2022&venueField=vision");
		Document again = browser.follow(saved);
		String run = again.select(".saved-search a").stream()
			.filter(link -> link.text().equals("Vision " + this.tag))
			.findFirst()
			.orElseThrow()
			.attr("href");
		Document rerun = browser.follow(browser.get(run));
		assertThat(rerun.select(".candidate-result").eachAttr("data-candidate")).containsExactly(String.valueOf(published));

		// the API: the same filter and explanation
		String json = browser.postJson("/api/v1/candidates/search", "{\"must\": \"" + this.tag
				+ "\", \"minTopVenuePapers\": \"2\", \"firstAuthor\": \"true\", \"papersSince\": \"2022\"}")
			.getContentAsString();
		assertThat(json).contains("\"id\":" + published)
			.doesNotContain("\"id\":" + freeText)
			.contains("\"topVenuePapers\":{", "\"venues\":[\"CVPR\",\"ICCV\"]", "\"signal\":\"FIRST_AUTHOR_TOP_VENUE_PAPERS\"");
	}

	@Test
	void badValuesOfTheFilterGetAMessageOnThePageAndA400FromTheApi() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		Document page = browser.page("/recruiter/candidates?must=" + this.tag
				+ "&minTopVenuePapers=99999&papersSince=99999&venueField=chess");
		assertThat(page.select("#search-errors li").eachText()).contains(
				"\"99999\" is not a number of top-venue papers from 1 to 20.",
				"\"99999\" is not a year from 1900 to " + java.time.Year.now().getValue() + ".",
				"\"chess\" is not a value this filter knows.");
		for (String body : List.of("{\"minTopVenuePapers\": \"21\"}", "{\"minTopVenuePapers\": \"-1\"}",
				"{\"minTopVenuePapers\": \"99999999999999999999\"}", "{\"papersSince\": \"1899\"}",
				"{\"papersSince\": \"99999\"}", "{\"papersSince\": \"-2022\"}", "{\"venueField\": \"chess\"}",
				"{\"firstAuthor\": \"maybe\"}", "{\"minTopVenuePapers\": \"2\\u0000\"}")) {
			assertThat(browser.postJson("/api/v1/candidates/search", body).getStatus()).as(body).isEqualTo(400);
		}
		assertThat(browser.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/recruiter/candidates")
			.param("minTopVenuePapers", "2\u0000"), false).getStatus()).isEqualTo(400);
		// first-author alone asks for one first-author paper
		assertThat(browser.postJson("/api/v1/candidates/search", "{\"firstAuthor\": \"true\", \"must\": \"" + this.tag
				+ "\"}").getStatus()).isEqualTo(200);
	}

	@Test
	void matchingAResearchPostingWeighsPapersAchievementsAndGrowthAndAProductPostingDoesNot() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		String[] skills = { this.tag, this.tag + "b", this.tag + "c", this.tag + "d" };
		JobPosting research = this.postings.posting(recruiter.company(), "research-scientist", "Research scientist")
			.seniority(Seniority.SENIOR)
			.skills(skills)
			.save();
		JobPosting product = this.postings.posting(recruiter.company(), "product-manager", "Product manager")
			.seniority(Seniority.SENIOR)
			.skills(skills)
			.save();
		// every skill of the posting, nothing else
		long skilled = this.candidates.discoverable("Builder", String.join(", ", skills))
			.roleTypes("research-scientist", "product-manager")
			.country("IS")
			.years(37)
			.save()
			.getId();
		// one skill, three first-author NeurIPS papers, an IMO medal and a level a year
		long researcher = this.candidates.discoverable("Builder", this.tag)
			.roleTypes("research-scientist", "product-manager")
			.country("IS")
			.years(37)
			.save()
			.getId();
		for (int year : new int[] { 2021, 2022, 2023 }) {
			paper(researcher, "NeurIPS " + year, year, true);
		}
		this.achievements.add(researcher, new Achievements.AchievementInput(AchievementKind.IMO, "", 2012,
				Medal.SILVER, null, null, ""));
		this.positions.add(researcher, new CareerPositions.PositionInput("Engineer", "Acme", Seniority.ENTRY,
				YearMonth.of(2018, 1), YearMonth.of(2019, 12)));
		this.positions.add(researcher, new CareerPositions.PositionInput("Senior engineer", "Acme", Seniority.SENIOR,
				YearMonth.of(2020, 1), null));

		CandidateQuery filters = new CandidateQuery(null, List.of(), List.of(), Set.of(), Set.of(), 37, 37,
				Set.of("IS"), false, false, null, null, null, Set.of(), null, 1, 20);
		List<Long> forResearch = this.search.matchPosting(recruiter.id(), research.getId(), filters)
			.hits()
			.stream()
			.map(CandidateHit::accountId)
			.toList();
		List<Long> forProduct = this.search.matchPosting(recruiter.id(), product.getId(), filters)
			.hits()
			.stream()
			.map(CandidateHit::accountId)
			.toList();
		assertThat(forResearch).containsExactly(researcher, skilled);
		assertThat(forProduct).containsExactly(skilled, researcher);
		assertThat(this.search.isResearchRole(research.getRoleType().getId())).isTrue();
		assertThat(this.search.isResearchRole(product.getRoleType().getId())).isFalse();

		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter.account());
		Document page = browser.page("/recruiter/postings/" + research.getId() + "/candidates?country=IS&minYears=37");
		assertThat(page.select("#match-research")).hasSize(1);
		assertThat(page.select(".candidate-result").eachAttr("data-candidate")).containsExactly(
				String.valueOf(researcher), String.valueOf(skilled));
		assertThat(page.selectFirst(".candidate-result").select(".why-signal").eachText()).contains(
				"3 first-author papers at NeurIPS · weighs more for a research role",
				"IMO silver medal · weighs more for a research role",
				"Entry level → Senior in 2 years · weighs more for a research role");
		Document productPage = browser.page("/recruiter/postings/" + product.getId() + "/candidates?country=IS&minYears=37");
		assertThat(productPage.select("#match-research")).isEmpty();
		assertThat(productPage.select(".why-research")).isEmpty();
		assertThat(productPage.select(".candidate-result").eachAttr("data-candidate")).containsExactly(
				String.valueOf(skilled), String.valueOf(researcher));
		// the filter applies to matching as well
		assertThat(browser.page("/recruiter/postings/" + research.getId()
				+ "/candidates?country=IS&minYears=37&minTopVenuePapers=3&firstAuthor=true")
			.select(".candidate-result")
			.eachAttr("data-candidate")).containsExactly(String.valueOf(researcher));
	}

	private static String letters(int count) {
		Random random = new Random();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}

}
