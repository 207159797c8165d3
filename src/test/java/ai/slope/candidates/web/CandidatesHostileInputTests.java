package ai.slope.candidates.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.web.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker's profile, publications and résumé forms, and the recruiter's candidate search (page, saved searches
 * and {@code POST /api/v1/candidates/search}) with control characters, huge numbers and malformed list indexes:
 * 400 with nothing changed for control characters, never a 5xx.
 */
@WebIntegrationTest
class CandidatesHostileInputTests {

	static final String[] SEARCH = { "q", "must", "nice", "role", "seniority", "minYears", "maxYears", "country",
			"remote", "relocation", "minPublications", "minCitations", "minHIndex", "link", "budget", "page", "achievement",
			"maintainer", "minGrowth", "minTopVenuePapers", "firstAuthor", "papersSince", "venueField" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	ai.slope.candidates.CareerPositions positions;

	@Autowired
	ai.slope.candidates.Achievements achievements;

	@Autowired
	ai.slope.candidates.OpenSource openSource;

	@Test
	void aSeekerCannotBreakTheProfilePublicationsOrResumeForms() throws Exception {
		Account seeker = this.candidates.discoverable("Hostile input tester", "PyTorch").paper("On NUL bytes", 3).save();
		long publication = this.jdbc.queryForObject("select id from candidate_publication where account_id = ?",
				Long.class, seeker.getId());
		new HostileInput(WebSession.loggedInAs(this.mvc, seeker), this.jdbc)
			.formsOn("/profile", "/profile/edit", "/profile/publications/new",
					"/profile/publications/" + publication + "/edit", "/profile/publications/" + publication + "/remove")
			.get("/profile/views", Map.of(), "page")
			.get("/profile", Map.of(), "resume")
			.paths("/profile/publications/99999999999999999999/edit", "/profile/resume/99999999999999999999",
					"/profile/views?page=2147483647")
			.verify();
	}

	@Test
	void aSeekerCannotBreakTheCareerAchievementOrOpenSourceForms() throws Exception {
		Account seeker = this.candidates.discoverable("Hostile signals tester", "JAX").save();
		long position = this.positions.add(seeker.getId(), new ai.slope.candidates.CareerPositions.PositionInput("Engineer",
				"Acme", ai.slope.roles.Seniority.MID, java.time.YearMonth.of(2020, 1), null)).getId();
		long achievement = this.achievements.add(seeker.getId(), new ai.slope.candidates.Achievements.AchievementInput(
				ai.slope.candidates.AchievementKind.KAGGLE, "", 2021, null, null, ai.slope.candidates.KaggleTier.EXPERT, ""))
			.getId();
		long repository = this.openSource.add(seeker.getId(), new ai.slope.candidates.OpenSource.RepositoryInput(
				"github.com/acme/tool", ai.slope.candidates.RepositoryRole.MAINTAINER, ai.slope.candidates.StarsBand.OVER_1K))
			.getId();
		new HostileInput(WebSession.loggedInAs(this.mvc, seeker), this.jdbc)
			.formsOn("/profile/positions/new", "/profile/positions/" + position + "/edit", "/profile/achievements/new",
					"/profile/achievements/" + achievement + "/edit", "/profile/repositories/new",
					"/profile/repositories/" + repository + "/edit")
			.paths("/profile/positions/99999999999999999999/edit", "/profile/achievements/99999999999999999999/edit",
					"/profile/repositories/99999999999999999999/remove")
			.verify();
	}

	@Test
	void aRecruiterCannotBreakTheCandidateSearchItsSavedSearchesOrItsApi() throws Exception {
		Account candidate = this.candidates.discoverable("Hostile input candidate", "CUDA").save();
		WebSession browser = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		new HostileInput(browser, this.jdbc).get("/recruiter/candidates", Map.of(), SEARCH)
			.formsOn("/recruiter/candidates?q=CUDA")
			.paths("/recruiter/candidates/" + candidate.getId())
			.post("/recruiter/candidates/saved", Map.of("name", "Hostile", "query", "q=CUDA"), "name", "query")
			.json(HttpMethod.POST, "/api/v1/candidates/search", Map.of("q", "CUDA"), SEARCH)
			.paths("/recruiter/candidates/99999999999999999999", "/recruiter/candidates/saved/99999999999999999999",
					"/recruiter/candidates?page=2147483647&role%5B256%5D=x&country%5B-1%5D=x")
			.verify();
	}

	@Test
	void aSavedSearchWhoseQueryHoldsBracesOpensAgain() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		browser.page("/recruiter/candidates");
		MockHttpServletResponse saved = browser.post("/recruiter/candidates/saved", "name", "Braces", "query",
				"q={x}&must=a%20b+c");
		assertThat(saved.getStatus()).isEqualTo(302);
		long id = this.jdbc.queryForObject("select max(id) from saved_candidate_search where name = 'Braces'",
				Long.class);

		MockHttpServletResponse opened = browser.get("/recruiter/candidates/saved/" + id);

		assertThat(opened.getStatus()).isEqualTo(302);
		assertThat(opened.getRedirectedUrl()).isEqualTo("/recruiter/candidates?q=%7Bx%7D&must=a%20b%20c");
		MockHttpServletResponse search = browser.send(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(opened.getRedirectedUrl())),
				false);
		assertThat(search.getStatus()).isEqualTo(200);
	}

}
