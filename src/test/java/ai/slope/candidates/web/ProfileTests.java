package ai.slope.candidates.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateProfile;
import ai.slope.candidates.CandidateProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@WebIntegrationTest
class ProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	CandidateFixture fixture;

	/**
	 * The fields of a full profile, as a person fills in the form; change some with {@link #with}.
	 */
	private static Map<String, List<String>> fullForm() {
		Map<String, List<String>> form = new LinkedHashMap<>();
		form.put("headline", List.of("Research engineer, LLM pre-training"));
		form.put("summary", List.of("I make large training runs reliable.\nBefore that, compilers."));
		form.put("country", List.of("CH"));
		form.put("city", List.of("Zürich"));
		form.put("openToRemote", List.of("true"));
		form.put("yearsOfExperience", List.of("6"));
		form.put("roleTypes", List.of("research-engineer", "ml-engineer"));
		form.put("seniorities", List.of("SENIOR", "STAFF"));
		form.put("minimumSalary", List.of("150,000"));
		form.put("salaryCurrency", List.of("CHF"));
		form.put("skills", List.of("PyTorch, pytorch, Py-Torch, C++, C#, .NET, CUDA"));
		form.put("github", List.of("github.com/ada-l"));
		form.put("scholar", List.of("https://scholar.google.de/citations?hl=de&user=JicYPdAAAAAJ"));
		form.put("huggingFace", List.of("https://hf.co/ada-l"));
		form.put("linkedin", List.of("linkedin.com/in/ada-lovelace/"));
		form.put("website", List.of("https://ada.example/"));
		return form;
	}

	private static Map<String, List<String>> with(Map<String, List<String>> form, String... nameValuePairs) {
		Map<String, List<String>> changed = new LinkedHashMap<>(form);
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			changed.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
		}
		return changed;
	}

	private static MockHttpServletResponse save(WebSession browser, Map<String, List<String>> form, String version)
			throws Exception {
		List<String> pairs = new ArrayList<>();
		form.forEach((name, values) -> values.forEach(value -> {
			pairs.add(name);
			pairs.add(value);
		}));
		if (version != null) {
			pairs.add("version");
			pairs.add(version);
		}
		return browser.post("/profile", pairs.toArray(String[]::new));
	}

	@Test
	void aNewSeekerSeesAnEmptyProfileThatSaysWhatToAddFirst() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.seeker());

		Document page = browser.page("/profile");

		assertThat(page.select("#no-profile").text()).contains("You have no profile yet");
		assertThat(page.select("#no-profile a").attr("href")).isEqualTo("/profile/edit");
		assertThat(page.select("#completeness progress").attr("value")).isEqualTo("0");
		assertThat(page.select("#completeness").text()).contains("0 % complete");
		assertThat(page.select("#next-step").text()).contains("Add a headline");
		assertThat(page.select("#next-step a").attr("href")).isEqualTo("/profile/edit#headline");
		assertThat(page.select("#visibility").text()).contains("Private").contains("Let recruiters find me");
		assertThat(page.select(".candidate-empty-line").eachText()).contains(
				"No publications yet. If you have papers, add them: recruiters for research roles look for them.",
				"No résumé yet.");
		Document form = browser.page("/profile/edit");
		assertThat(form.select("input[name=version]").val()).isEmpty();
		assertThat(form.select("input[name=headline]").val()).isEmpty();
	}

	@Test
	void aSeekerFillsInTheProfileAndSeesItWithSkillsAsTagsAndLinksInTheirOwnForm() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		browser.page("/profile/edit");

		MockHttpServletResponse saved = save(browser, fullForm(), null);

		assertThat(saved.getRedirectedUrl()).isEqualTo("/profile");
		Document page = browser.follow(saved);
		assertThat(page.select("[role=status]").text()).isEqualTo("Your profile is saved.");
		assertThat(page.select(".candidate-headline").text()).isEqualTo("Research engineer, LLM pre-training");
		assertThat(page.select(".candidate-meta").text()).contains("Zürich, Switzerland")
			.contains("open to remote work")
			.contains("6 years of experience")
			.doesNotContain("relocation");
		assertThat(page.select(".candidate-skills li").eachText()).containsExactly("PyTorch", "C++", "C#", ".NET", "CUDA");
		assertThat(page.select(".candidate-skills li").eachAttr("data-tag")).containsExactly("pytorch", "c++", "c#",
				".net", "cuda");
		assertThat(page.select(".candidate-roles li").eachText()).containsExactly("Research engineer",
				"Machine learning engineer");
		assertThat(page.select("#wants ~ p").text()).contains("Seniority: Senior, Staff")
			.contains("At least 150,000 CHF a year");
		assertThat(page.select(".candidate-links a").eachAttr("href")).containsExactly("https://github.com/ada-l",
				"https://scholar.google.com/citations?user=JicYPdAAAAAJ", "https://huggingface.co/ada-l",
				"https://www.linkedin.com/in/ada-lovelace", "https://ada.example/");
		assertThat(page.select(".candidate-links a").eachAttr("rel")).allMatch(rel -> rel.contains("noopener"));
		// everything but the résumé, a publication, a position and an achievement or repository (issue 18)
		assertThat(page.select("#completeness").text()).contains("65 % complete");
		assertThat(page.select("#next-step").text()).contains("Upload your résumé as a PDF");
		assertThat(page.select("#next-step a").attr("href")).isEqualTo("#resume");
		assertThat(this.jdbc.queryForList("select tag from candidate_skill where account_id = ? order by position",
				String.class, seeker.getId()))
			.containsExactly("pytorch", "c++", "c#", ".net", "cuda");
		assertThat(this.jdbc.queryForObject("select discoverable from candidate_profile where account_id = ?",
				Boolean.class, seeker.getId()))
			.isFalse();

		Document form = browser.page("/profile/edit");
		assertThat(form.select("textarea[name=skills]").text()).isEqualTo("PyTorch, C++, C#, .NET, CUDA");
		assertThat(form.select("input[name=roleTypes][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("research-engineer", "ml-engineer");
		assertThat(form.select("input[name=openToRemote]").hasAttr("checked")).isTrue();
		assertThat(form.select("input[name=openToRelocation]").hasAttr("checked")).isFalse();
		assertThat(form.select("select[name=country] option[selected]").val()).isEqualTo("CH");
		assertThat(form.select("input[name=version]").val()).isEqualTo("0");
	}

	@Test
	void problemsComeBackBesideTheirFieldsWithEverythingTyped() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		browser.page("/profile/edit");

		Document page = Jsoup.parse(save(browser,
				with(fullForm(), "github", "https://gitlab.com/ada", "scholar", "https://scholar.google.com/citations",
						"huggingFace", "https://huggingface.co/meta-llama/Llama-3.1-8B", "linkedin",
						"https://www.linkedin.com/company/openai", "website", "javascript:alert(1)", "yearsOfExperience",
						"many", "minimumSalary", "lots", "skills", "PyTorch, ---", "country", "XX"),
				null)
			.getContentAsString());

		assertThat(page.select("#form-errors").text()).contains("Some fields need another look");
		assertThat(page.select("#github-error").text())
			.isEqualTo("This is not a GitHub address. A GitHub profile looks like https://github.com/your-name.");
		assertThat(page.select("#scholar-error").text()).contains("Please give your Google Scholar author page");
		assertThat(page.select("#huggingFace-error").text()).contains("not a model, dataset or Space");
		assertThat(page.select("#linkedin-error").text()).contains("not a company or another page");
		assertThat(page.select("#website-error").text())
			.isEqualTo("This is not a web address. Please copy it from your browser’s address bar.");
		assertThat(page.select("#yearsOfExperience-error").text()).isEqualTo("Years of experience are a whole number from 0 to 60.");
		assertThat(page.select("#minimumSalary-error").text()).contains("whole number");
		assertThat(page.select("#skills-error").text()).isEqualTo("“---” has no letters or digits, so it cannot be a skill.");
		assertThat(page.select("#country-error").text()).isEqualTo("Please choose a country from the list.");
		assertThat(page.select("input[name=github]").val()).isEqualTo("https://gitlab.com/ada");
		assertThat(page.select("input[name=website]").val()).isEqualTo("javascript:alert(1)");
		assertThat(page.select("input[name=github]").attr("aria-describedby")).isEqualTo("github-help github-error");
		assertThat(page.select("input[name=github]").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("textarea[name=skills]").text()).isEqualTo("PyTorch, ---");
		assertThat(page.select("input[name=headline]").val()).isEqualTo("Research engineer, LLM pre-training");
		assertThat(this.profiles.profileOf(seeker.getId())).isEmpty();
	}

	@Test
	void problemsAreInChineseForAChineseReader() throws Exception {
		Account seeker = this.fixture.seeker(Locale.SIMPLIFIED_CHINESE);
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Document form = browser.page("/profile/edit");
		assertThat(form.select("label[for=headline]").text()).isEqualTo("一句话简介");

		Document page = Jsoup.parse(save(browser, with(fullForm(), "github", "https://gitlab.com/ada", "website",
				"http://ada.example"), null).getContentAsString());

		assertThat(page.select("#github-error").text())
			.isEqualTo("这不是 GitHub 的地址。GitHub 主页的格式是 https://github.com/your-name。");
		assertThat(page.select("#website-error").text()).isEqualTo("请填写网站的 https:// 地址；不接受普通的 http:// 地址。");
		assertThat(page.select("#form-errors").text()).contains("有些字段需要再检查一下");
	}

	@Test
	void theProfilePageReadsInChinese() throws Exception {
		Account seeker = this.fixture.seeker(Locale.SIMPLIFIED_CHINESE);
		CandidateProfiles.ProfileInput input = CandidateFixture.input("研究工程师，大模型预训练", "PyTorch, 强化学习, CUDA");
		this.profiles.save(seeker.getId(), null, new CandidateProfiles.ProfileInput(input.headline(), input.summary(),
				"CH", "Zurich", input.openToRemote(), input.openToRelocation(), input.yearsOfExperience(),
				input.roleTypes(), List.of("MID", "SENIOR"), input.minimumSalary(), input.salaryCurrency(),
				input.skills(), input.github(), input.scholar(), input.huggingFace(), input.linkedin(), input.website()));
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document page = browser.page("/profile");

		assertThat(page.select("h1").text()).isEqualTo("我的个人资料");
		assertThat(page.select(".candidate-meta").text()).contains("苏黎世，瑞士").contains("接受远程工作").contains("4 年工作经验");
		assertThat(page.select(".candidate-skills li").eachText()).containsExactly("PyTorch", "强化学习", "CUDA");
		assertThat(page.select("#wants ~ p").text()).as("the enumeration comma").contains("职级：中级、高级");
		assertThat(page.select("#completeness").text()).contains("已完成 55 %");
		assertThat(page.select("#next-step").text()).contains("上传 PDF 格式的简历");
		assertThat(page.select("#visibility p").text()).startsWith("私密");
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedKeepingWhatWasTypedAndTheNextSaveGoesThrough() throws Exception {
		Account seeker = this.fixture.seeker();
		CandidateProfile stored = this.fixture.profile(seeker, "ML engineer", "PyTorch");
		WebSession tab1 = WebSession.loggedInAs(this.mvc, seeker);
		String version = tab1.page("/profile/edit").select("input[name=version]").val();
		assertThat(version).isEqualTo(String.valueOf(stored.getVersion()));

		// another tab saves first
		assertThat(save(tab1, with(fullForm(), "headline", "Saved in the other tab"), version).getRedirectedUrl())
			.isEqualTo("/profile");
		tab1.page("/profile/edit");

		Document conflict = Jsoup.parse(save(tab1, with(fullForm(), "headline", "Typed in this tab", "summary",
				"Another summary"), version).getContentAsString());

		assertThat(conflict.select("#conflict").text()).contains("was saved elsewhere")
			.contains("Headline is now: Saved in the other tab")
			.contains("Summary changed too.");
		assertThat(conflict.select("input[name=headline]").val()).isEqualTo("Typed in this tab");
		assertThat(this.profiles.profileOf(seeker.getId()).orElseThrow().getHeadline()).isEqualTo("Saved in the other tab");

		String newVersion = conflict.select("input[name=version]").val();
		assertThat(newVersion).isNotEqualTo(version);
		assertThat(save(tab1, with(fullForm(), "headline", "Typed in this tab"), newVersion).getRedirectedUrl())
			.isEqualTo("/profile");
		assertThat(this.profiles.profileOf(seeker.getId()).orElseThrow().getHeadline()).isEqualTo("Typed in this tab");
	}

	@Test
	void twoFirstSavesDoNotOverwriteEachOther() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		browser.page("/profile/edit");
		assertThat(save(browser, with(fullForm(), "headline", "First"), null).getRedirectedUrl()).isEqualTo("/profile");
		browser.page("/profile/edit");

		Document conflict = Jsoup.parse(save(browser, with(fullForm(), "headline", "Second"), null).getContentAsString());

		assertThat(conflict.select("#conflict").text()).contains("Headline is now: First");
		assertThat(this.profiles.profileOf(seeker.getId()).orElseThrow().getHeadline()).isEqualTo("First");
	}

	@Test
	void aProfileIsPrivateUntilItsOwnerMakesItDiscoverable() throws Exception {
		Account seeker = this.fixture.seeker();
		CandidateProfile profile = this.fixture.profile(seeker, "Data engineer", "Spark, SQL");
		assertThat(profile.isDiscoverable()).isFalse();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Document page = browser.page("/profile");
		assertThat(page.select("#visibility p").text()).startsWith("Private");
		assertThat(page.select("#visibility input[name=discoverable]").val()).isEqualTo("true");

		MockHttpServletResponse on = browser.post("/profile/discoverable", "discoverable", "true");

		assertThat(on.getRedirectedUrl()).isEqualTo("/profile#visibility");
		page = browser.follow(on);
		assertThat(page.select("[role=status]").text()).isEqualTo("Recruiters can now find your profile.");
		assertThat(page.select("#visibility p").text()).startsWith("Discoverable");
		CandidateProfile stored = this.profiles.profileOf(seeker.getId()).orElseThrow();
		assertThat(stored.isDiscoverable()).isTrue();
		// not a change of the profile: a form open in another tab still saves
		assertThat(stored.getVersion()).isEqualTo(profile.getVersion());
		assertThat(this.profiles.find(seeker.getId()).orElseThrow().discoverable()).isTrue();

		browser.post("/profile/discoverable", "discoverable", "false");
		assertThat(this.profiles.profileOf(seeker.getId()).orElseThrow().isDiscoverable()).isFalse();
	}

	@Test
	void onlyJobSeekersReachTheProfilePages() throws Exception {
		for (Role role : new Role[] { Role.RECRUITER, Role.ADMIN }) {
			WebSession browser = this.fixture.browserOf(this.mvc, role);
			for (String path : List.of("/profile", "/profile/edit", "/profile/publications/new", "/profile/resume/1",
					"/profile/resume/remove")) {
				assertThat(browser.get(path).getStatus()).as("%s: GET %s", role, path).isEqualTo(403);
			}
			assertThat(save(browser, fullForm(), null).getStatus()).as("%s: POST /profile", role).isEqualTo(403);
			assertThat(browser.post("/profile/discoverable", "discoverable", "true").getStatus()).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_profile p join account a on a.id = p.account_id"
				+ " where a.role <> 'SEEKER'", Integer.class)).isZero();
		MockHttpServletResponse anonymous = this.mvc.perform(get("/profile")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsForbidden() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		browser.page("/profile/edit");

		assertThat(browser.postWithoutCsrf("/profile", "headline", "Forged").getStatus()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf("/profile/discoverable", "discoverable", "true").getStatus()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf("/profile/publications", "title", "Forged", "year", "2020").getStatus())
			.isEqualTo(403);
		assertThat(this.profiles.profileOf(seeker.getId())).isEmpty();
	}

	@Test
	void theDatabaseRefusesLinksThatAreNotOfTheirSite() {
		Account seeker = this.fixture.seeker();
		this.fixture.profile(seeker, "Anything", "");

		for (String column : List.of("github_url", "scholar_url", "hugging_face_url", "linkedin_url", "website_url")) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> this.jdbc.update(
						"update candidate_profile set " + column + " = 'javascript:alert(1)' where account_id = ?",
						seeker.getId()))
				.as(column)
				.hasMessageContaining("violates check constraint");
		}
	}

}
