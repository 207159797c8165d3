package ai.slope.candidates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.ProfileLinks.Site;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links of issue 18 (AMiner, OpenReview, ORCID, dblp, Semantic Scholar): each checked for its site like the
 * older ones, stored in one form, and searchable as “has …” filters.
 */
@WebIntegrationTest
class ResearchLinksTests {

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	CandidateSearch search;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "AMINER, aminer.cn/profile/jie-tang/53f46a3edabfaee43ed05f08, https://www.aminer.cn/profile/jie-tang/53f46a3edabfaee43ed05f08",
			"AMINER, https://www.aminer.org/profile/53f46a3edabfaee43ed05f08?tab=papers, https://www.aminer.cn/profile/53f46a3edabfaee43ed05f08",
			"OPENREVIEW, https://openreview.net/profile?id=~Ada_Lovelace1, https://openreview.net/profile?id=~Ada_Lovelace1",
			"OPENREVIEW, openreview.net/profile?id=%7EAda_Lovelace1&mode=x, https://openreview.net/profile?id=~Ada_Lovelace1",
			"ORCID, 0000-0002-1825-0097, https://orcid.org/0000-0002-1825-0097",
			"ORCID, https://orcid.org/0000-0002-1694-233x, https://orcid.org/0000-0002-1694-233X",
			"DBLP, https://dblp.org/pid/123/4567.html, https://dblp.org/pid/123/4567",
			"DBLP, dblp.uni-trier.de/pid/t/JieTang, https://dblp.org/pid/t/JieTang",
			"SEMANTIC_SCHOLAR, semanticscholar.org/author/Geoffrey-E.-Hinton/1695689, https://www.semanticscholar.org/author/Geoffrey-E.-Hinton/1695689" })
	void eachSiteIsKeptInOneForm(Site site, String typed, String stored) {
		ProfileLinks.Checked checked = ProfileLinks.check(site, typed);
		assertThat(checked.problem()).isNull();
		assertThat(checked.url()).isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource({ "AMINER, https://www.aminer.cn/pub/53f46a3edabfaee43ed05f08, candidates.error.link.aminer.path",
			"AMINER, https://example.com/profile/53f46a3edabfaee43ed05f08, candidates.error.link.aminer.host",
			"OPENREVIEW, https://openreview.net/forum?id=abc, candidates.error.link.openreview.path",
			"OPENREVIEW, https://openreview.org/profile?id=~A1, candidates.error.link.openreview.host",
			"ORCID, 0000-0002-1825-0098, candidates.error.link.orcid.path",
			"ORCID, https://orcid.com/0000-0002-1825-0097, candidates.error.link.orcid.host",
			"DBLP, https://dblp.org/search?q=tang, candidates.error.link.dblp.path",
			"DBLP, https://dblp.com/pid/1/2, candidates.error.link.dblp.host",
			"SEMANTIC_SCHOLAR, https://www.semanticscholar.org/paper/abc, candidates.error.link.semanticScholar.path",
			"SEMANTIC_SCHOLAR, javascript:alert(1), candidates.error.link.invalid" })
	void anythingElseIsRefusedWithTheSitesOwnMessage(Site site, String typed, String problem) {
		assertThat(ProfileLinks.check(site, typed).problem()).isEqualTo(problem);
	}

	@Test
	void orcidCheckDigitsFollowIso7064() {
		assertThat(ProfileLinks.orcidChecksumHolds("0000-0002-1825-0097")).isTrue();
		assertThat(ProfileLinks.orcidChecksumHolds("0000-0002-1694-233X")).isTrue();
		assertThat(ProfileLinks.orcidChecksumHolds("0000-0002-1694-2331")).isFalse();
	}

	@Test
	void theLinksAreSavedShownAndSearchableAsHasFilters() throws Exception {
		String tag = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Account withOrcid = this.fixture.seeker();
		this.profiles.save(withOrcid.getId(), null, new CandidateProfiles.ProfileInput("Researcher", "", "DE", "",
				false, false, "3", List.of(), List.of(), "", "", tag, "", "", "", "", "",
				"aminer.cn/profile/53f46a3edabfaee43ed05f08", "", "0000-0002-1825-0097", "dblp.org/pid/123/4567", ""));
		this.profiles.setDiscoverable(withOrcid.getId(), true);
		Account without = this.fixture.discoverable("Researcher", tag).save();

		CandidateProfile saved = this.profiles.profileOf(withOrcid.getId()).orElseThrow();
		assertThat(saved.link(Site.ORCID)).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(saved.getLinkedSites()).contains("AMINER", "ORCID", "DBLP");

		long recruiter = this.recruiters.recruiter(true).account().getId();
		for (Site site : List.of(Site.AMINER, Site.ORCID, Site.DBLP)) {
			assertThat(this.search.search(recruiter, new CandidateQuery(null, List.of(tag), List.of(), Set.of(), Set.of(),
					null, null, Set.of(), false, false, null, null, null, Set.of(site), null, 1, 20))
				.hits()
				.stream()
				.map(CandidateHit::accountId)).as(site.name()).containsExactly(withOrcid.getId());
		}
		assertThat(this.search.search(recruiter, new CandidateQuery(null, List.of(tag), List.of(), Set.of(), Set.of(),
				null, null, Set.of(), false, false, null, null, null, Set.of(), null, 1, 20)).hits())
			.hasSize(2)
			.extracting(CandidateHit::accountId)
			.contains(without.getId());

		WebSession browser = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		Document filtered = browser.page("/recruiter/candidates?must=" + tag + "&link=orcid");
		assertThat(filtered.select("label[for=link-orcid]").text()).isEqualTo("Has an ORCID iD");

		WebSession seeker = WebSession.loggedInAs(this.mvc, withOrcid);
		Document own = seeker.page("/profile");
		assertThat(own.select(".candidate-links [data-site=ORCID] a").attr("href"))
			.isEqualTo("https://orcid.org/0000-0002-1825-0097");
		Document form = seeker.page("/profile/edit");
		assertThat(form.select("input[name=orcid]").val()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		Document refused = Jsoup.parse(seeker.post("/profile", "headline", "Researcher", "skills", tag, "orcid",
				"0000-0002-1825-0098", "version", form.select("input[name=version]").val()).getContentAsString());
		assertThat(refused.select("#orcid-error").text()).startsWith("This is not a valid ORCID iD");
		Document zh = WebSession.loggedInAs(this.mvc, withOrcid).in(Locale.SIMPLIFIED_CHINESE).page("/profile/edit");
		assertThat(zh.select("label[for=orcid]").text()).isEqualTo("ORCID 标识符");
	}

}
