package ai.slope.candidates.web;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.Publication;
import ai.slope.candidates.Publications;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class PublicationVenueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	Publications publications;

	private static Document add(WebSession browser, String title, String venue, String... firstAuthor)
			throws Exception {
		browser.page("/profile/publications/new");
		String[] fields = { "title", title, "venue", venue, "year", "2023", "citations", "1", "url", "" };
		if (firstAuthor.length > 0) {
			fields = java.util.stream.Stream.concat(java.util.Arrays.stream(fields), java.util.Arrays.stream(
					new String[] { "firstAuthor", firstAuthor[0] })).toArray(String[]::new);
		}
		return browser.follow(browser.post("/profile/publications", fields));
	}

	@Test
	void aPublicationAtATopVenueShowsTheVenueAsABadgeAndOthersStayFreeText() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		add(browser, "Diffusion tricks", "Advances in Neural Information Processing Systems 36", "true");
		add(browser, "A preprint", "arXiv");
		Document page = add(browser, "A workshop paper", "NeurIPS 2023 Workshop on Robustness");

		assertThat(page.select(".candidate-publications .venue-badge").eachAttr("data-venue")).containsExactly("NeurIPS");
		assertThat(page.select(".candidate-publications tr:has(.venue-badge)").text()).contains("Diffusion tricks",
				"Advances in Neural Information Processing Systems 36", "first author");
		assertThat(page.select(".candidate-publications tr:contains(A preprint)").text()).contains("arXiv")
			.doesNotContain("first author");
		assertThat(page.select(".candidate-publications .first-author")).hasSize(1);
		Publication first = this.publications.of(seeker.getId())
			.stream()
			.filter(p -> p.getTitle().equals("Diffusion tricks"))
			.findFirst()
			.orElseThrow();
		assertThat(first.isFirstAuthor()).isTrue();

		Document form = browser.page("/profile/publications/" + first.getId() + "/edit");
		assertThat(form.select("#firstAuthor").hasAttr("checked")).isTrue();
		browser.post("/profile/publications/" + first.getId(), "title", "Diffusion tricks", "venue", "NIPS", "year",
				"2023", "citations", "1", "url", "", "version", form.select("input[name=version]").val());
		assertThat(this.publications.find(seeker.getId(), first.getId()).isFirstAuthor())
			.as("an unchecked box is not the first author").isFalse();

		Document zh = WebSession.loggedInAs(this.mvc, seeker).in(Locale.SIMPLIFIED_CHINESE).page("/profile");
		assertThat(zh.select(".candidate-publications .venue-badge").text()).isEqualTo("NeurIPS");
	}

	@Test
	void aVenueThatIsJustTheBadgesAcronymIsNotWrittenTwice() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.seeker());

		add(browser, "Acronym only", "neurips");
		Document page = add(browser, "With the year", "NeurIPS 2023");

		assertThat(page.select(".candidate-publications tr:contains(Acronym only) .venue-badge").text())
			.isEqualTo("NeurIPS");
		assertThat(page.select(".candidate-publications tr:contains(Acronym only) .publication-venue")).isEmpty();
		assertThat(page.select(".candidate-publications tr:contains(With the year) .publication-venue").text())
			.isEqualTo("NeurIPS 2023");
	}

	@Test
	void recruitersSeeTheBadgesToo() throws Exception {
		String tag = "v" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Account seeker = this.fixture.discoverable("Vision researcher", tag).save();
		this.publications.add(seeker.getId(),
				new Publications.PublicationInput("Seeing things", "CVPR 2024", "2024", "5", "", true));
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());

		Document page = recruiter.page("/recruiter/candidates/" + seeker.getId());

		assertThat(page.select(".candidate-publications .venue-badge").attr("data-venue")).isEqualTo("CVPR");
		assertThat(page.select(".candidate-publications .first-author").text()).isEqualTo("first author");
	}

}
