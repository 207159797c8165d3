package ai.slope.candidates.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.BlindProfiles;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.CareerPositions;
import ai.slope.candidates.OpenSource;
import ai.slope.candidates.Publications;
import ai.slope.candidates.RepositoryRole;
import ai.slope.candidates.StarsBand;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.roles.Seniority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind switch of the candidate search (docs/candidates.md, "Blind search"): the results, the candidate's page
 * opened from them and the API show an alias and nothing that identifies the candidate; the same search without it
 * shows them; the switch changes neither which profiles match nor their order.
 */
@WebIntegrationTest
class BlindSearchTests {

	static final List<String> IDENTIFYING = List.of("Wilhelmina", "Brackenridge", "wbrackenridge", "Tübingen",
			"Quantfold", "wbr-lab", "0000-0002-1825-0097");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	Publications publications;

	@Autowired
	CareerPositions positions;

	@Autowired
	OpenSource openSource;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	BlindProfiles aliases;

	@Autowired
	ai.slope.jobs.PostingFixture postings;

	private final String tag = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private Account wilhelmina() {
		Account seeker = this.candidates.seeker();
		this.jdbc.update("update account set display_name = 'Wilhelmina Brackenridge' where id = ?", seeker.getId());
		this.profiles.save(seeker.getId(), null, new CandidateProfiles.ProfileInput(
				"Wilhelmina Brackenridge, diffusion researcher", "Write to me at wb@example.org.", "DE", "Tübingen",
				true, false, "7", List.of("research-engineer"), List.of("SENIOR"), "", "", "PyTorch, JAX, " + this.tag,
				"github.com/wbrackenridge", "https://scholar.google.com/citations?user=WBwbWBwbWBwb",
				"huggingface.co/wbrackenridge", "linkedin.com/in/wbrackenridge", "", null, null,
				"https://orcid.org/0000-0002-1825-0097", null, null));
		this.publications.add(seeker.getId(),
				new Publications.PublicationInput("Denoising at scale", "ICML 2024", "2024", "90", "arxiv.org/abs/2401.00001"));
		this.positions.add(seeker.getId(), new CareerPositions.PositionInput("Research engineer", "Quantfold",
				Seniority.SENIOR, YearMonth.of(2021, 3), null));
		this.openSource.add(seeker.getId(), new OpenSource.RepositoryInput("https://github.com/wbr-lab/sampler",
				RepositoryRole.MAINTAINER, StarsBand.OVER_1K));
		this.profiles.setDiscoverable(seeker.getId(), true);
		return seeker;
	}

	private static void assertNothingIdentifying(String content, Account seeker) {
		for (String text : IDENTIFYING) {
			assertThat(content).as("shows %s", text).doesNotContainIgnoringCase(text);
		}
		assertThat(content).doesNotContainIgnoringCase(seeker.getEmail());
	}

	@Test
	void aBlindSearchShowsAnAliasAndNothingThatIdentifiesOnTheResultsAndTheCandidatesPage() throws Exception {
		Account seeker = wilhelmina();
		String alias = "Candidate " + this.aliases.candidateAlias(seeker.getId());
		RecruiterFixture.Recruiter company = this.recruiters.recruiter(true);
		long postingId = this.postings.posting(company.company(), "ml-engineer", "Senior ML Engineer").save().getId();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, company.account());

		Document open = recruiter.page("/recruiter/candidates?must=" + this.tag);
		assertThat(open.select(".candidate-result h2").text()).isEqualTo("Wilhelmina Brackenridge");

		Document blind = recruiter.page("/recruiter/candidates?must=" + this.tag + "&blind=1");
		assertThat(blind.select("#blind").attr("checked")).isNotNull();
		assertThat(blind.select("#blind").hasAttr("checked")).isTrue();
		assertThat(blind.select(".candidate-result h2").text()).isEqualTo(alias);
		assertThat(blind.select(".candidate-result").text()).contains("diffusion researcher", "PyTorch",
				"1 publication");
		assertThat(blind.select(".candidate-result h2 a").attr("href"))
			.isEqualTo("/recruiter/candidates/" + seeker.getId() + "?blind=1");
		assertNothingIdentifying(blind.select("#results").outerHtml(), seeker);
		// the switch is kept by the save form and the page links
		assertThat(blind.select("#save-search-form input[name=query]").val()).endsWith("blind=1");

		Document page = recruiter.page("/recruiter/candidates/" + seeker.getId() + "?blind=1");
		assertThat(page.select("h1").text()).isEqualTo(alias);
		assertThat(page.title()).isEqualTo(alias);
		assertThat(page.select(".candidate-page").text()).contains("Denoising at scale", "ICML 2024",
				"Research engineer", "Senior", "maintainer", "1k+", "Germany", "PyTorch");
		assertThat(page.select(".candidate-summary").text()).isEqualTo("Write to me at [e-mail].");
		assertThat(page.select("#invite-form input[name=blind]").val()).isEqualTo("1");
		assertNothingIdentifying(page.select("section").outerHtml(), seeker);
		assertThat(page.select("section").outerHtml()).doesNotContain("arxiv.org");

		// inviting from the blind page goes back to it, and a refusal names the alias
		MockHttpServletResponse invited = recruiter.post("/recruiter/postings/sourced", "posting",
				Long.toString(postingId), "candidate", Long.toString(seeker.getId()), "note", "", "blind", "1");
		assertThat(invited.getRedirectedUrl()).isEqualTo("/recruiter/candidates/" + seeker.getId() + "?blind=1");
		recruiter.page("/recruiter/candidates/" + seeker.getId() + "?blind=1");
		Document refused = recruiter.follow(recruiter.post("/recruiter/postings/sourced", "posting",
				Long.toString(postingId), "candidate", Long.toString(seeker.getId()), "note", "", "blind", "1"));
		assertThat(refused.select("#sourcing-problem").text()).startsWith(alias + " is in the pipeline of");
		assertNothingIdentifying(refused.select("section").outerHtml(), seeker);

		// without the switch, the same page shows them
		Document shown = recruiter.page("/recruiter/candidates/" + seeker.getId());
		assertThat(shown.select("h1").text()).isEqualTo("Wilhelmina Brackenridge");
		assertThat(shown.text()).contains("Quantfold", "Tübingen");

		// in Chinese the word is translated, the code stays
		Document chinese = WebSession
			.loggedInAs(this.mvc, this.recruiters.recruiter(true, Locale.SIMPLIFIED_CHINESE).account())
			.page("/recruiter/candidates?must=" + this.tag + "&blind=on");
		assertThat(chinese.select(".candidate-result h2").text())
			.isEqualTo("候选人 " + this.aliases.candidateAlias(seeker.getId()));
		assertThat(chinese.select("label[for=blind]").text()).isEqualTo("盲审");
	}

	@Test
	void theApiFollowsTheSameRule() throws Exception {
		Account seeker = wilhelmina();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());

		MockHttpServletResponse blind = recruiter.postJson("/api/v1/candidates/search",
				"{\"must\": \"" + this.tag + "\", \"blind\": true}");
		assertThat(blind.getStatus()).isEqualTo(200);
		String json = blind.getContentAsString();
		assertThat(json).contains("\"blind\":true", "\"total\":1",
				"\"alias\":\"" + this.aliases.candidateAlias(seeker.getId()) + "\"", "\"name\":null", "\"city\":null",
				"\"github\":null", "\"scholar\":null", "\"huggingFace\":null", "diffusion researcher",
				"\"page\":\"/recruiter/candidates/" + seeker.getId() + "?blind=1\"");
		assertNothingIdentifying(json, seeker);

		String open = recruiter.postJson("/api/v1/candidates/search", "{\"must\": \"" + this.tag + "\"}")
			.getContentAsString();
		assertThat(open).contains("\"blind\":false", "Wilhelmina Brackenridge", "\"alias\":null",
				"https://github.com/wbrackenridge");

		// a value that is no switch is off; one of the wrong type is refused
		assertThat(recruiter.postJson("/api/v1/candidates/search", "{\"must\": \"" + this.tag + "\", \"blind\": \"maybe\"}")
			.getContentAsString()).contains("\"blind\":false");
		assertThat(recruiter.postJson("/api/v1/candidates/search", "{\"blind\": {\"x\": 1}}").getStatus())
			.isEqualTo(400);
		assertThat(recruiter.postJson("/api/v1/candidates/search", "{\"blind\": \"1\u0000\"}").getStatus())
			.isEqualTo(400);
	}

	@Test
	void theSwitchChangesNeitherWhoMatchesNorTheirOrder() throws Exception {
		Account first = this.candidates.discoverable("Diffusion researcher", this.tag).papers(6, 20).save();
		Account second = this.candidates.discoverable("Diffusion researcher", this.tag).papers(1, 1).save();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());

		Document open = recruiter.page("/recruiter/candidates?must=" + this.tag);
		Document blind = recruiter.page("/recruiter/candidates?must=" + this.tag + "&blind=1");

		assertThat(open.select(".candidate-result").eachAttr("data-candidate"))
			.containsExactly(Long.toString(first.getId()), Long.toString(second.getId()));
		assertThat(blind.select(".candidate-result").eachAttr("data-candidate"))
			.containsExactly(Long.toString(first.getId()), Long.toString(second.getId()));
		assertThat(blind.select(".candidate-result h2").eachText()).containsExactly(
				"Candidate " + this.aliases.candidateAlias(first.getId()),
				"Candidate " + this.aliases.candidateAlias(second.getId()));
	}

	@Test
	void anAliasIsStableAndSaysNothingOfTheId() {
		assertThat(this.aliases.candidateAlias(42)).isEqualTo(this.aliases.candidateAlias(42)).hasSize(6)
			.matches("[0-9A-HJKMNP-TV-Z]{6}").isNotEqualTo(this.aliases.candidateAlias(43))
			.isNotEqualTo(this.aliases.applicationAlias(42));
	}

	@Test
	void hostileValuesOfTheSwitchAreRefusedOrOff() throws Exception {
		Account seeker = wilhelmina();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		new ai.slope.web.HostileInput(recruiter, this.jdbc)
			.get("/recruiter/candidates", java.util.Map.of("must", this.tag), "blind")
			.get("/recruiter/candidates/" + seeker.getId(), java.util.Map.of(), "blind")
			.json(org.springframework.http.HttpMethod.POST, "/api/v1/candidates/search",
					java.util.Map.of("must", this.tag), "blind")
			.verify();
		assertThat(recruiter.page("/recruiter/candidates?must=" + this.tag + "&blind=" + "9".repeat(40))
			.select(".candidate-result h2").text()).isEqualTo("Wilhelmina Brackenridge");
		assertThat(recruiter.page("/recruiter/candidates/" + seeker.getId() + "?blind=maybe").select("h1").text())
			.isEqualTo("Wilhelmina Brackenridge");
		assertThat(recruiter.get("/recruiter/candidates/99999999999999999999?blind=1").getStatus()).isEqualTo(404);
	}

}
