package ai.slope.candidates.web;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruiter search pages, the candidate page with its view log, saved searches, matching a posting and the
 * JSON API, through MockMvc.
 */
@WebIntegrationTest
class CandidateSearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture postings;

	private final String tag = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private WebSession recruiterBrowser(RecruiterFixture.Recruiter recruiter) throws Exception {
		return WebSession.loggedInAs(this.mvc, recruiter.account());
	}

	@Test
	void aVerifiedRecruiterSearchesAndReadsWhyEachCandidateMatched() throws Exception {
		Account diffusion = this.candidates.discoverable("Diffusion researcher", this.tag + ", JAX")
			.paper("Guided diffusion", 250)
			.save();
		this.candidates.discoverable("Compiler engineer", this.tag).save();
		WebSession browser = recruiterBrowser(this.recruiters.recruiter(true));

		Document page = browser.page("/recruiter/candidates?q=diffusion&must=" + this.tag + "&nice=JAX, Deep Learning");

		assertThat(page.select("#result-count").text()).isEqualTo("1 candidate");
		Element result = page.selectFirst(".candidate-result");
		assertThat(result.attr("data-candidate")).isEqualTo(String.valueOf(diffusion.getId()));
		assertThat(result.select(".why-term").text()).isEqualTo("“diffusion” in headline, publication titles");
		assertThat(result.select(".why-must").text()).isEqualTo("Has every must-have skill: " + this.tag);
		assertThat(result.select(".why-nice").text()).as("as the recruiter typed them, not their tags")
			.isEqualTo("Nice to have: has JAX; lacks Deep Learning");
		assertThat(result.select(".why-signal").eachText()).containsExactly("1 publication", "250 citations",
				"1 top-venue paper at NeurIPS");
		assertThat(result.select(".skill-matched").eachText()).containsExactly(this.tag, "JAX");
		assertThat(result.text()).doesNotContain(diffusion.getEmail());
	}

	@Test
	void chineseReadersGetTheExplanationsInChinese() throws Exception {
		this.candidates.discoverable("Diffusion researcher", this.tag + ", JAX").paper("Guided diffusion", 250).save();
		WebSession browser = WebSession.loggedInAs(this.mvc,
				this.recruiters.recruiter(true, Locale.SIMPLIFIED_CHINESE).account());

		Document page = browser.page("/recruiter/candidates?q=diffusion&must=" + this.tag + ",+JAX");

		assertThat(page.select("#result-count").text()).isEqualTo("1 位候选人");
		assertThat(page.select(".why-term").text()).as("no space, and the enumeration comma")
			.isEqualTo("“diffusion”出现在标题、论文标题");
		assertThat(page.select(".why-must").text()).isEqualTo("具备全部必备技能：" + this.tag + "、JAX");
	}

	@Test
	void badValuesGetAMessageAndTheRestOfTheSearchStillRuns() throws Exception {
		this.candidates.discoverable("Vision engineer", this.tag).save();
		WebSession browser = recruiterBrowser(this.recruiters.recruiter(true));

		Document page = browser.page("/recruiter/candidates?must=" + this.tag
				+ "&minYears=lots&role=astrologer&minHIndex=-1&maxYears=2&budget=0");

		assertThat(page.select("#search-errors li").eachText()).contains(
				"\"lots\" is not a whole number from 0 to 60.", "\"astrologer\" is not a value this filter knows.",
				"\"-1\" is not a whole number from 0 to 1,000.", "\"0\" is not a whole number from 1 to 100,000,000.");
		assertThat(page.select("#result-count").text()).isEqualTo("No candidates");
		assertThat(page.select("#no-candidates").text()).contains("Try fewer must-have skills");
	}

	@Test
	void onlyRecruitersOfVerifiedCompaniesReachTheSearch() throws Exception {
		WebSession unverified = recruiterBrowser(this.recruiters.recruiter(false));
		MockHttpServletResponse refused = unverified.get("/recruiter/candidates");
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentAsString()).contains("Slope has not verified your company yet");

		WebSession companyless = this.candidates.browserOf(this.mvc, Role.RECRUITER);
		assertThat(companyless.get("/recruiter/candidates").getContentAsString())
			.contains("Create your company or ask to join one first");

		WebSession seeker = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		assertThat(seeker.get("/recruiter/candidates").getStatus()).isEqualTo(403);

		MockHttpServletResponse anonymous = new WebSession(this.mvc).get("/recruiter/candidates");
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void viewingAProfileIsLoggedAndTheCandidateSeesWhichCompanyLooked() throws Exception {
		Account seeker = this.candidates.discoverable("Speech scientist", this.tag).paper("Whisper tricks", 12).save();
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		WebSession browser = recruiterBrowser(recruiter);

		Document page = browser.page("/recruiter/candidates/" + seeker.getId());

		assertThat(page.select("h1").text()).isEqualTo(seeker.getDisplayName());
		assertThat(page.select(".candidate-publications").text()).contains("Whisper tricks");
		assertThat(page.text()).doesNotContain(seeker.getEmail());
		assertThat(page.select("#contact-hidden").text()).contains("when they accept an invitation");

		Document own = WebSession.loggedInAs(this.mvc, seeker).page("/profile");
		assertThat(own.select("#profile-views .profile-view").text()).contains(recruiter.company().getName());
	}

	@Test
	void aProfileThatIsNotDiscoverableHasNoPageForRecruiters() throws Exception {
		Account seeker = this.candidates.seeker();
		this.candidates.profile(seeker, "Quiet person", this.tag);
		WebSession browser = recruiterBrowser(this.recruiters.recruiter(true));

		assertThat(browser.get("/recruiter/candidates/" + seeker.getId()).getStatus()).isEqualTo(404);
		assertThat(browser.get("/recruiter/candidates/not-a-number").getStatus()).isEqualTo(404);
	}

	@Test
	void savedSearchesAreSavedRunAndDeletedAfterAConfirmation() throws Exception {
		WebSession browser = recruiterBrowser(this.recruiters.recruiter(true));
		browser.page("/recruiter/candidates?q=rlhf&remote=true");

		MockHttpServletResponse saved = browser.post("/recruiter/candidates/saved", "name", "RLHF, remote", "query",
				"q=rlhf&remote=true");
		Document page = browser.follow(saved);
		assertThat(page.select("#saved-search-done").text()).isEqualTo("The search is saved as “RLHF, remote”.");
		Element link = page.selectFirst(".saved-search a");
		assertThat(link.text()).isEqualTo("RLHF, remote");
		assertThat(browser.get(link.attr("href")).getRedirectedUrl()).isEqualTo("/recruiter/candidates?q=rlhf&remote=true");

		Document taken = browser.follow(browser.post("/recruiter/candidates/saved", "name", " RLHF, remote ", "query", ""));
		assertThat(taken.select("#saved-search-problems").text())
			.isEqualTo("You have a saved search called “RLHF, remote” already.");
		Document unnamed = browser.follow(browser.post("/recruiter/candidates/saved", "name", "  ", "query", ""));
		assertThat(unnamed.select("#saved-search-problems").text()).isEqualTo("Give the search a name.");

		String deletePath = page.selectFirst(".saved-search a.text-danger").attr("href");
		Document confirm = browser.page(deletePath);
		assertThat(confirm.select("h1").text()).isEqualTo("Delete the saved search “RLHF, remote”?");
		WebSession other = recruiterBrowser(this.recruiters.recruiter(true));
		other.page("/recruiter/candidates");
		assertThat(other.get(deletePath).getStatus()).isEqualTo(404);
		assertThat(other.post(deletePath).getStatus()).isEqualTo(404);

		Document after = browser.follow(browser.post(deletePath));
		assertThat(after.select("#saved-search-deleted").text()).isEqualTo("The saved search “RLHF, remote” is deleted.");
		assertThat(after.select("#no-saved-searches")).hasSize(1);
	}

	@Test
	void candidatesAreMatchedToAPostingOfTheRecruitersCompanyOnly() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		JobPosting posting = this.postings.posting(recruiter.company(), "ml-engineer", "Ranking engineer " + this.tag)
			.skills(this.tag, "Spark")
			.save();
		Account both = this.candidates.discoverable("Search ranking", this.tag + ", Spark").roleTypes("ml-engineer").save();
		Account skillOnly = this.candidates.discoverable("Data person", "Spark").roleTypes("data-engineer").save();
		WebSession browser = recruiterBrowser(recruiter);

		Document page = browser.page("/recruiter/postings/" + posting.getId() + "/candidates?country=DE");

		assertThat(page.select(".candidate-result").eachAttr("data-candidate")).startsWith(
				String.valueOf(both.getId()));
		Element first = page.selectFirst(".candidate-result");
		assertThat(first.select(".why-role").text()).isEqualTo("Wants this posting's role type");
		assertThat(first.select(".why-nice").text()).isEqualTo("Has every nice-to-have skill: " + this.tag + ", Spark");
		assertThat(page.select(".candidate-result").eachAttr("data-candidate")).contains(String.valueOf(skillOnly.getId()));
		// the blind switch is applied by a button beside it, in the same form
		assertThat(page.select("#candidate-search-form #blind-switch input[name=blind]")).hasSize(1);
		assertThat(page.select("#candidate-search-form #blind-apply[type=submit]")).hasSize(1);
		Document blind = browser.page("/recruiter/postings/" + posting.getId() + "/candidates?country=DE&blind=1");
		assertThat(blind.select(".candidate-alias")).isNotEmpty();
		assertThat(blind.select(".candidate-result").eachAttr("data-candidate")).startsWith(String.valueOf(both.getId()));

		WebSession other = recruiterBrowser(this.recruiters.recruiter(true));
		assertThat(other.get("/recruiter/postings/" + posting.getId() + "/candidates").getStatus()).isEqualTo(404);
	}

	@Test
	void theApiSearchesForRecruitersOfVerifiedCompaniesOnly() throws Exception {
		Account account = this.candidates.discoverable("Diffusion researcher", this.tag).github("api-" + this.tag).save();
		WebSession recruiter = recruiterBrowser(this.recruiters.recruiter(true));

		MockHttpServletResponse found = recruiter.postJson("/api/v1/candidates/search",
				"{\"q\": \"diffusion\", \"must\": \"" + this.tag + "\", \"remote\": true, \"role\": [\"research-engineer\"]}");
		assertThat(found.getStatus()).isEqualTo(200);
		String json = found.getContentAsString();
		assertThat(json).contains("\"total\":1", "\"id\":" + account.getId(), "\"fields\":[\"HEADLINE\"]",
				"\"signal\":\"GITHUB\"", "\"github\":\"https://github.com/api-" + this.tag + "\"");
		assertThat(json).doesNotContain(account.getEmail());

		MockHttpServletResponse bad = recruiter.postJson("/api/v1/candidates/search", "{\"minYears\": \"many\"}");
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("\"parameter\":\"minYears\"");

		assertThat(new WebSession(this.mvc).postJson("/api/v1/candidates/search", "{}").getStatus()).isEqualTo(401);
		WebSession seeker = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		assertThat(seeker.postJson("/api/v1/candidates/search", "{}").getStatus()).isEqualTo(403);
		MockHttpServletResponse unverified = recruiterBrowser(this.recruiters.recruiter(false))
			.postJson("/api/v1/candidates/search", "{}");
		assertThat(unverified.getStatus()).isEqualTo(403);
		assertThat(unverified.getContentAsString()).contains("\"reason\":\"UNVERIFIED\"");
	}

}
