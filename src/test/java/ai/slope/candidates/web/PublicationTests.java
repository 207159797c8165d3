package ai.slope.candidates.web;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.Publication;
import ai.slope.candidates.Publications;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class PublicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Publications publications;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	CandidateFixture fixture;

	/**
	 * Adds through the form and, as a browser does, follows the redirect (which takes the flash message).
	 */
	private static Added add(WebSession browser, String title, String venue, String year, String citations,
			String url) throws Exception {
		browser.page("/profile/publications/new");
		MockHttpServletResponse response = browser.post("/profile/publications", "title", title, "venue", venue,
				"year", year, "citations", citations, "url", url);
		return new Added(response, (response.getRedirectedUrl() != null) ? browser.follow(response)
				: Jsoup.parse(response.getContentAsString()));
	}

	private record Added(MockHttpServletResponse response, Document page) {
	}

	@Test
	void publicationsAreAddedAndTheHIndexAndTotalCitationsAreWorkedOutFromThem() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Added added = add(browser, "Attention Is All You Need", "NeurIPS", "2017", "150,000",
				"arxiv.org/abs/1706.03762");
		assertThat(added.response().getRedirectedUrl()).isEqualTo("/profile#publications");
		assertThat(added.page().select("[role=status]").text()).isEqualTo("The publication is added.");
		add(browser, "A smaller paper", "ICML", "2021", "3", "");
		add(browser, "A workshop paper", "", "2023", "2", "");
		add(browser, "A preprint", "arXiv", "2024", "", "");

		Document page = browser.page("/profile");

		assertThat(page.select(".candidate-metrics dd").eachText()).containsExactly("4", "150,005", "2");
		assertThat(page.select(".candidate-publications tbody tr td:nth-child(1)").eachText())
			.containsExactly("2024", "2023", "2021", "2017");
		assertThat(page.select(".candidate-publications a[href^=https://arxiv]").attr("href"))
			.isEqualTo("https://arxiv.org/abs/1706.03762");
		assertThat(page.select("#completeness [data-part]").eachAttr("data-part")).doesNotContain("PUBLICATIONS");
		// publications came first: an empty profile was made for them, and it says so
		assertThat(page.select(".candidate-headline").text()).isEqualTo("No headline yet");
		assertThat(this.profiles.find(seeker.getId()).orElseThrow().publications().hIndex()).isEqualTo(2);
	}

	@Test
	void aPublicationIsEditedAndAConflictingEditIsRefused() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		add(browser, "Scaling laws", "arXiv", "2020", "10", "");
		Publication publication = this.publications.of(seeker.getId()).get(0);
		String path = "/profile/publications/" + publication.getId();

		Document form = browser.page(path + "/edit");
		String version = form.select("input[name=version]").val();
		assertThat(form.select("input[name=title]").val()).isEqualTo("Scaling laws");
		MockHttpServletResponse saved = browser.post(path, "title", "Scaling laws for neural language models", "venue",
				"arXiv", "year", "2020", "citations", "5000", "url", "", "version", version);
		assertThat(browser.follow(saved).select("[role=status]").text()).isEqualTo("The publication is saved.");
		assertThat(this.publications.find(seeker.getId(), publication.getId()).getCitations()).isEqualTo(5000);

		browser.page(path + "/edit");
		Document conflict = Jsoup.parse(browser.post(path, "title", "Old tab", "venue", "", "year", "2020",
				"citations", "1", "url", "", "version", version).getContentAsString());

		assertThat(conflict.select("#conflict").text())
			.contains("it is now “Scaling laws for neural language models” (2020, 5000 citations)");
		assertThat(conflict.select("input[name=title]").val()).isEqualTo("Old tab");
		assertThat(this.publications.find(seeker.getId(), publication.getId()).getTitle())
			.isEqualTo("Scaling laws for neural language models");
	}

	@Test
	void problemsComeBackBesideTheirFieldsInEitherLanguage() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.seeker());

		Document page = add(browser, " ", "", "1850", "-3", "javascript:alert(1)").page();

		assertThat(page.select("#title-error").text()).isEqualTo("Please give the title.");
		assertThat(page.select("#year-error").text()).startsWith("The year is a whole number from 1900 to ");
		assertThat(page.select("#citations-error").text()).isEqualTo("Citations are a whole number, 0 or more.");
		assertThat(page.select("#url-error").text()).contains("does not look like a web address");
		assertThat(page.select("input[name=url]").val()).isEqualTo("javascript:alert(1)");

		WebSession chinese = WebSession.loggedInAs(this.mvc, this.fixture.seeker(Locale.SIMPLIFIED_CHINESE));
		Document zh = add(chinese, "", "", "", "", "").page();
		assertThat(zh.select("#title-error").text()).isEqualTo("请填写标题。");
	}

	@Test
	void aPublicationIsRemovedAfterAConfirmation() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		add(browser, "To be removed", "", "2022", "1", "");
		long id = this.publications.of(seeker.getId()).get(0).getId();
		Document profile = browser.page("/profile");
		assertThat(profile.select("a[href=/profile/publications/" + id + "/remove]").attr("aria-label"))
			.isEqualTo("Remove “To be removed”");

		Document confirm = browser.page("/profile/publications/" + id + "/remove");
		assertThat(confirm.select("h1").text()).isEqualTo("Remove “To be removed”?");
		assertThat(this.publications.of(seeker.getId())).hasSize(1);

		MockHttpServletResponse removed = browser.post("/profile/publications/" + id + "/remove");

		Document page = browser.follow(removed);
		assertThat(page.select("[role=status]").text()).isEqualTo("“To be removed” is removed from your profile.");
		assertThat(page.select(".candidate-empty-line").text()).contains("No publications yet");
		assertThat(this.publications.of(seeker.getId())).isEmpty();
	}

	@Test
	void anotherSeekersPublicationIsNotFound() throws Exception {
		Account owner = this.fixture.seeker();
		WebSession ownerBrowser = WebSession.loggedInAs(this.mvc, owner);
		add(ownerBrowser, "Mine", "", "2022", "1", "");
		long id = this.publications.of(owner.getId()).get(0).getId();
		WebSession other = WebSession.loggedInAs(this.mvc, this.fixture.seeker());
		other.page("/profile");

		assertThat(other.get("/profile/publications/" + id + "/edit").getStatus()).isEqualTo(404);
		assertThat(other.get("/profile/publications/" + id + "/remove").getStatus()).isEqualTo(404);
		assertThat(other.post("/profile/publications/" + id + "/remove").getStatus()).isEqualTo(404);
		assertThat(other.post("/profile/publications/" + id, "title", "Stolen", "year", "2022", "version", "0")
			.getStatus()).isEqualTo(404);
		assertThat(other.get("/profile/publications/not-a-number/edit").getStatus()).isEqualTo(404);
		assertThat(this.publications.find(owner.getId(), id).getTitle()).isEqualTo("Mine");
	}

}
