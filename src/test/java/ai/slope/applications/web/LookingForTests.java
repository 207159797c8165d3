package ai.slope.applications.web;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.applications.ApplicationFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.roles.RoleTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role types a candidate wants, as the recruiter reads them on the candidate page and on the applicant page.
 */
@WebIntegrationTest
class LookingForTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RoleTaxonomy roles;

	private String name(String slug, Locale locale) {
		return this.roles.roleType(slug).orElseThrow().name(locale);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh-CN" })
	void aRecruiterReadsTheRoleTypesACandidateWantsOnTheCandidateAndApplicantPages(String tag) throws Exception {
		Locale language = Locale.forLanguageTag(tag);
		ApplicationFixture.Opening opening = this.fixture.opening(language);
		String skill = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Account seeker = this.candidates.discoverable("Inference engineer", skill)
			.roleTypes("ml-engineer", "research-scientist")
			.save();
		long applicationId = this.fixture.apply(seeker, opening.posting()).getId();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		String wanted1 = name("ml-engineer", language);
		String wanted2 = name("research-scientist", language);

		Document candidatePage = recruiter.page("/recruiter/candidates/" + seeker.getId());
		assertThat(candidatePage.select(".candidate-roles li").eachText()).containsExactlyInAnyOrder(wanted1, wanted2);

		Document results = recruiter.page("/recruiter/candidates?must=" + skill);
		assertThat(results.select(".candidate-result .candidate-meta .candidate-flag").eachText()).contains(wanted1,
				wanted2);

		Document applicantPage = recruiter.page("/recruiter/applications/" + applicationId);
		assertThat(applicantPage.select("#wanted-roles li").eachText()).containsExactlyInAnyOrder(wanted1, wanted2);
		assertThat(applicantPage.select("#wanted-roles").text())
			.startsWith(language.getLanguage().equals("zh") ? "在寻找" : "Looking for");
	}

}
