package ai.slope.jobs.web;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.jobs.RecruiterFixture.Recruiter;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class RecruiterPostingConflictTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	Postings postings;

	@Test
	void theLaterOfTwoSavesIsRefusedShowingWhatChangedAndKeepingWhatWasTyped() throws Exception {
		Recruiter first = this.fixture.recruiter(true);
		Account second = this.fixture.join(first.company(), Locale.ENGLISH);
		JobPosting posting = this.postings.createDraft(first.id(), first.company(),
				RecruiterFixture.input("Shared engineer"));
		String edit = "/recruiter/postings/" + posting.getId() + "/edit";
		WebSession alice = WebSession.loggedInAs(this.mvc, first.account());
		WebSession bob = WebSession.loggedInAs(this.mvc, second);
		String aliceVersion = alice.page(edit).select("input[name=version]").val();
		String bobVersion = bob.page(edit).select("input[name=version]").val();

		MockHttpServletResponse aliceSaves = alice.post(edit, RecruiterFixture.form("Shared senior engineer", "version",
				aliceVersion, "salaryMax", "130000"));
		assertThat(aliceSaves.getRedirectedUrl()).isEqualTo("/recruiter/postings/" + posting.getId());

		MockHttpServletResponse bobSaves = bob.post(edit, RecruiterFixture.form("Shared engineer", "version", bobVersion,
				"description", "Bob's *new* description"));

		assertThat(bobSaves.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(bobSaves.getContentAsString());
		assertThat(page.select("#conflict h2").text()).contains("Someone else saved this posting");
		Element title = page.selectFirst("#conflict tr[data-field=title]");
		assertThat(title.select("td").eachText()).containsExactly("Shared engineer", "Shared senior engineer");
		assertThat(page.selectFirst("#conflict tr[data-field=salaryMax]").select("td").eachText())
			.containsExactly("120000", "130000");
		assertThat(page.selectFirst("#conflict tr[data-field=description]").select("td").eachText())
			.containsExactly("Bob's *new* description", "## About\n\nShip **models**.".replace("\n", " ").replace("  ", " "));
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("Bob's *new* description");
		JobPosting stored = this.postings.find(posting.getId());
		assertThat(stored.getTitle()).isEqualTo("Shared senior engineer");
		assertThat(stored.getDescription()).isEqualTo("## About\n\nShip **models**.");

		// having seen the differences, Bob saves his version on purpose
		String newVersion = page.select("input[name=version]").val();
		assertThat(newVersion).isEqualTo(String.valueOf(stored.getVersion()));
		MockHttpServletResponse again = bob.post(edit, RecruiterFixture.form("Shared engineer", "version", newVersion,
				"description", "Bob's *new* description"));
		assertThat(again.getRedirectedUrl()).isEqualTo("/recruiter/postings/" + posting.getId());
		assertThat(this.postings.find(posting.getId()).getDescription()).isEqualTo("Bob's *new* description");
	}

}
