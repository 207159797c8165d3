package ai.slope.candidates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.slope.candidates.ProfileLinks.Checked;
import ai.slope.candidates.ProfileLinks.Site;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileLinksTests {

	@ParameterizedTest(name = "{0}: \"{1}\" is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GITHUB       | https://github.com/octocat                                   | https://github.com/octocat
			GITHUB       | github.com/octocat                                           | https://github.com/octocat
			GITHUB       | http://www.github.com/octocat/                               | https://github.com/octocat
			GITHUB       | https://GitHub.com/Octo-Cat?tab=repositories                 | https://github.com/Octo-Cat
			GITHUB       | '  https://github.com/octocat#readme  '                      | https://github.com/octocat
			SCHOLAR      | https://scholar.google.com/citations?user=JicYPdAAAAAJ       | https://scholar.google.com/citations?user=JicYPdAAAAAJ
			SCHOLAR      | scholar.google.com/citations?hl=en&user=JicYPdAAAAAJ&view_op=list_works | https://scholar.google.com/citations?user=JicYPdAAAAAJ
			SCHOLAR      | https://scholar.google.co.uk/citations?user=Ab-cd_EFGH12     | https://scholar.google.com/citations?user=Ab-cd_EFGH12
			SCHOLAR      | https://scholar.google.com.hk/citations?user=JicYPdAAAAAJ    | https://scholar.google.com/citations?user=JicYPdAAAAAJ
			HUGGING_FACE | https://huggingface.co/julien-c                              | https://huggingface.co/julien-c
			HUGGING_FACE | hf.co/TheBloke                                               | https://huggingface.co/TheBloke
			HUGGING_FACE | https://www.huggingface.co/some.user_1/                       | https://huggingface.co/some.user_1
			LINKEDIN     | https://www.linkedin.com/in/ada-lovelace                     | https://www.linkedin.com/in/ada-lovelace
			LINKEDIN     | linkedin.com/in/ada-lovelace/                                | https://www.linkedin.com/in/ada-lovelace
			LINKEDIN     | https://uk.linkedin.com/in/ada-lovelace-1815                 | https://www.linkedin.com/in/ada-lovelace-1815
			LINKEDIN     | https://www.linkedin.com/in/%E5%BC%A0%E4%B8%89               | https://www.linkedin.com/in/%E5%BC%A0%E4%B8%89
			WEBSITE      | https://ada.example                                          | https://ada.example/
			WEBSITE      | ada.example/blog?page=2#top                                  | https://ada.example/blog?page=2#top
			WEBSITE      | HTTPS://Lab.Example.ORG:8443/~ada                            | https://lab.example.org:8443/~ada
			""")
	void aProfileOfTheSiteIsKeptInItsCanonicalForm(Site site, String typed, String canonical) {
		Checked checked = ProfileLinks.check(site, typed);

		assertThat(checked.problem()).isNull();
		assertThat(checked.url()).isEqualTo(canonical);
	}

	@ParameterizedTest
	@EnumSource(Site.class)
	void nothingGivenIsNoLinkAndNoProblem(Site site) {
		assertThat(ProfileLinks.check(site, "   ")).isEqualTo(new Checked(null, null));
		assertThat(ProfileLinks.check(site, null)).isEqualTo(new Checked(null, null));
	}

	@ParameterizedTest(name = "{0}: \"{1}\" is another site")
	@CsvSource(delimiter = '|', textBlock = """
			GITHUB       | https://gitlab.com/octocat
			GITHUB       | https://github.com.evil.example/octocat
			GITHUB       | https://evil.example/github.com/octocat
			GITHUB       | https://gist.github.com/octocat
			GITHUB       | https://github.com:8443/octocat
			SCHOLAR      | https://google.com/citations?user=JicYPdAAAAAJ
			SCHOLAR      | https://scholar.google.evil.example/citations?user=JicYPdAAAAAJ
			SCHOLAR      | https://researchgate.net/profile/Ada
			HUGGING_FACE | https://huggingface.com/julien-c
			HUGGING_FACE | https://huggingface.co.evil.example/julien-c
			LINKEDIN     | https://linkedin.evil.example/in/ada
			LINKEDIN     | https://www.linkedln.com/in/ada-lovelace
			LINKEDIN     | https://notlinkedin.com/in/ada-lovelace
			""")
	void anAddressOfAnotherSiteIsRefused(Site site, String typed) {
		Checked checked = ProfileLinks.check(site, typed);

		assertThat(checked.url()).isNull();
		assertThat(checked.problem()).isEqualTo("candidates.error.link." + site.field() + ".host");
	}

	@ParameterizedTest(name = "{0}: \"{1}\" is not a profile")
	@CsvSource(delimiter = '|', textBlock = """
			GITHUB       | https://github.com/
			GITHUB       | https://github.com/octocat/hello-world
			GITHUB       | https://github.com/orgs/openai
			GITHUB       | https://github.com/settings
			GITHUB       | https://github.com/-octocat
			GITHUB       | https://github.com/octo--cat
			SCHOLAR      | https://scholar.google.com/citations
			SCHOLAR      | https://scholar.google.com/citations?user=short
			SCHOLAR      | https://scholar.google.com/scholar?q=attention
			SCHOLAR      | https://scholar.google.com/citations?view_op=search_authors&mauthors=ada
			HUGGING_FACE | https://huggingface.co/
			HUGGING_FACE | https://huggingface.co/models
			HUGGING_FACE | https://huggingface.co/meta-llama/Llama-3.1-8B
			HUGGING_FACE | https://huggingface.co/spaces/ada/demo
			LINKEDIN     | https://www.linkedin.com/company/openai
			LINKEDIN     | https://www.linkedin.com/in/
			LINKEDIN     | https://www.linkedin.com/ada-lovelace
			LINKEDIN     | https://www.linkedin.com/in/ada/details/skills
			""")
	void anAddressOfTheSiteThatIsNoProfileIsRefused(Site site, String typed) {
		Checked checked = ProfileLinks.check(site, typed);

		assertThat(checked.url()).isNull();
		assertThat(checked.problem()).isEqualTo("candidates.error.link." + site.field() + ".path");
	}

	@ParameterizedTest(name = "\"{0}\" is refused for every site")
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(document.cookie)",
			"javascript://github.com/%0Aalert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
			"vbscript:msgbox(1)", "file:///etc/passwd", "ftp://github.com/octocat", "mailto:ada@example.com",
			"https://user:password@github.com/octocat", "https://octocat@github.com/octocat", "not a web address",
			"https://localhost/octocat", "https://", "//github.com/octocat" })
	void whatIsNoWebPageIsRefusedForEverySite(String typed) {
		for (Site site : Site.values()) {
			Checked checked = ProfileLinks.check(site, typed);

			assertThat(checked.url()).as("%s: %s", site, typed).isNull();
			assertThat(checked.problem()).as("%s: %s", site, typed).isNotNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://ada.example", "http://ada.example/blog" })
	void aPersonalSiteMustBeHttps(String typed) {
		assertThat(ProfileLinks.check(Site.WEBSITE, typed).problem()).isEqualTo("candidates.error.link.website.https");
	}

	@ParameterizedTest
	@EnumSource(Site.class)
	void anAddressLongerThan300CharactersIsRefused(Site site) {
		assertThat(ProfileLinks.check(site, "https://ada.example/" + "a".repeat(300)).problem())
			.isEqualTo("candidates.error.link.too-long");
	}

}
