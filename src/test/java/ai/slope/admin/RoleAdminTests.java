package ai.slope.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.roles.RoleTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class RoleAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RoleTaxonomy taxonomy;

	@Autowired
	PostingFixture postings;

	AdminSessions sessions;

	WebSession admin;

	@BeforeEach
	void logInAsAdmin() throws Exception {
		this.sessions = new AdminSessions(this.mvc, this.accounts);
		this.admin = WebSession.loggedInAsAdmin(this.mvc);
	}

	private static String slug() {
		return "test-role-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private MockHttpServletResponse create(String family, String slug, String nameEn, String nameZh) throws Exception {
		this.admin.page("/admin/roles/new");
		MockHttpServletResponse response = this.admin.post("/admin/roles", "family", family, "slug", slug, "nameEn",
				nameEn, "nameZh", nameZh, "summaryEn", nameEn + " in one line.", "summaryZh", nameZh + "，一句话。",
				"descriptionEn", "What a " + nameEn + " does all day.", "descriptionZh", nameZh + "每天做什么。");
		return response;
	}

	private List<Map<String, Object>> audit(String action, String slug) {
		return this.jdbc.queryForList(
				"select actor_id, detail from audit_log where action = ? and target_type = 'role-type' and target_id = ?",
				action, slug);
	}

	private Document publicPage(String url, Locale locale) throws Exception {
		return this.sessions.anonymous().in(locale).page(url);
	}

	@Test
	void theTaxonomyPageListsEveryFamilyAndRoleType() throws Exception {
		Document page = this.admin.page("/admin/roles");

		assertThat(page.select(".role-family")).hasSize(5);
		assertThat(page.select("tr.role-type-row[data-slug=research-scientist] .role-name-zh").text())
			.isEqualTo("研究科学家");
		assertThat(page.select("a[href=/admin/roles/research-scientist/edit]")).hasSize(1);
		assertThat(page.select(".admin-nav .active").text()).isEqualTo("Role taxonomy");
	}

	@Test
	void anAddedRoleTypeShowsOnThePublicPagesAtOnceAndIsAudited() throws Exception {
		String slug = slug();

		MockHttpServletResponse response = create("research", slug, "Evaluation scientist", "评测科学家");

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/roles");
		assertThat(this.admin.follow(response).select("[role=status]").text())
			.isEqualTo("The role type Evaluation scientist was added.");
		assertThat(publicPage("/roles/" + slug, Locale.ENGLISH).select("h1").text()).isEqualTo("Evaluation scientist");
		assertThat(publicPage("/roles/" + slug, Locale.SIMPLIFIED_CHINESE).select("h1").text()).isEqualTo("评测科学家");
		assertThat(publicPage("/", Locale.ENGLISH).select("a[href=/roles/" + slug + "]").text())
			.contains("Evaluation scientist");
		assertThat(publicPage("/jobs", Locale.ENGLISH).select("label[for=role-" + slug + "]").text())
			.isEqualTo("Evaluation scientist");
		assertThat(this.taxonomy.byFamily().entrySet().stream().filter(e -> e.getKey().getSlug().equals("research"))
			.findFirst().orElseThrow().getValue()).last().satisfies(type -> assertThat(type.getSlug()).isEqualTo(slug));
		assertThat(audit("role.create", slug)).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor_id")).isEqualTo(this.sessions.admin().getId());
			assertThat((String) entry.get("detail")).as("kept in no language").doesNotContain("Name in");
		});
		assertThat(this.admin.page("/admin/audit?action=role.create&targetId=" + slug)
			.select("tr.audit-entry .audit-detail")
			.text()).contains("Family: “research”", "Name in English: “Evaluation scientist”",
					"Name in Chinese: “评测科学家”");
	}

	@Test
	void aRoleTypeWithProblemsComesBackWithMessagesBesideTheFieldsAndIsNotStored() throws Exception {
		this.admin.page("/admin/roles/new");
		MockHttpServletResponse response = this.admin.post("/admin/roles", "family", "", "slug", "Not A Slug!",
				"nameEn", "Typed name", "nameZh", "  ", "summaryEn", "x".repeat(301), "summaryZh", "一句话",
				"descriptionEn", "Kept", "descriptionZh", "保留");

		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#role-errors").text()).isEqualTo("Please correct the fields marked below.");
		assertThat(form.select("#family-error").text()).isEqualTo("Choose the family the role type belongs to.");
		assertThat(form.select("#slug-error").text()).startsWith("Use lower-case letters and digits");
		assertThat(form.select("#nameZh-error").text()).isEqualTo("This field is required.");
		assertThat(form.select("#summaryEn-error").text()).isEqualTo("This can be at most 300 characters long.");
		assertThat(form.select("#nameEn").val()).as("what was typed is kept").isEqualTo("Typed name");
		assertThat(form.select("#descriptionZh").text()).isEqualTo("保留");
		assertThat(form.select("#nameEn-error")).isEmpty();

		Document taken = Jsoup.parse(create("research", "research-scientist", "Again", "再次").getContentAsString());
		assertThat(taken.select("#slug-error").text()).isEqualTo("Another role type already has this slug.");
		assertThat(this.jdbc.queryForObject("select count(*) from role_type where name_en in ('Typed name', 'Again')",
				Integer.class)).isZero();
	}

	@Test
	void aRenameShowsOnEveryPageThatNamesTheRoleWithoutARestart() throws Exception {
		String slug = slug();
		this.admin.follow(create("engineering", slug, "Inference engineer", "推理工程师"));
		JobPosting posting = this.postings.posting(this.postings.company("Renamed Roles Inc"), slug,
				"Inference engineer, serving").save();
		String jobUrl = "/jobs/" + posting.getId() + "-" + posting.getSlug();
		assertThat(publicPage(jobUrl, Locale.ENGLISH).select(".breadcrumb").text()).contains("Inference engineer");

		Document form = this.admin.page("/admin/roles/" + slug + "/edit");
		assertThat(form.select("#nameEn").val()).isEqualTo("Inference engineer");
		MockHttpServletResponse saved = this.admin.post("/admin/roles/" + slug, "version",
				form.select("#version").val(), "nameEn", "LLM inference engineer", "nameZh", "大模型推理工程师", "summaryEn",
				"Serves models fast.", "summaryZh", form.select("#summaryZh").text(), "descriptionEn",
				form.select("#descriptionEn").text(), "descriptionZh", form.select("#descriptionZh").text());

		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/roles");
		assertThat(publicPage("/", Locale.ENGLISH).select("a[href=/roles/" + slug + "]").text())
			.contains("LLM inference engineer");
		assertThat(publicPage("/roles/" + slug, Locale.ENGLISH).select("h1").text()).isEqualTo("LLM inference engineer");
		assertThat(publicPage("/roles/" + slug, Locale.SIMPLIFIED_CHINESE).select("h1").text()).isEqualTo("大模型推理工程师");
		assertThat(publicPage("/jobs", Locale.ENGLISH).select("label[for=role-" + slug + "]").text())
			.isEqualTo("LLM inference engineer");
		assertThat(publicPage(jobUrl, Locale.ENGLISH).select(".breadcrumb").text()).contains("LLM inference engineer");
		assertThat(publicPage(jobUrl, Locale.SIMPLIFIED_CHINESE).select(".breadcrumb").text()).contains("大模型推理工程师");
		assertThat(publicPage("/jobs?role=" + slug, Locale.ENGLISH).select("h3 a").eachText())
			.as("the posting is still found under its role, whose slug did not change")
			.contains("Inference engineer, serving");
		assertThat(audit("role.update", slug)).hasSize(1);
		String changes = "/admin/audit?action=role.update&targetId=" + slug;
		assertThat(this.admin.page(changes).select("tr.audit-entry .audit-detail").text()).isEqualTo(String.join(" ",
				"Name in English: “Inference engineer” → “LLM inference engineer”",
				"Name in Chinese: “推理工程师” → “大模型推理工程师”",
				"Summary in English (one line): “Inference engineer in one line.” → “Serves models fast.”"));
		assertThat(this.admin.in(Locale.SIMPLIFIED_CHINESE).page(changes).select("tr.audit-entry .audit-detail").text())
			.contains("中文名称：“推理工程师” → “大模型推理工程师”");
	}

	@Test
	void theLaterOfTwoEditsIsRefusedShowingWhatTheOtherSavedAndKeepingWhatWasTyped() throws Exception {
		String slug = slug();
		this.admin.follow(create("hardware", slug, "Chip designer", "芯片设计师"));
		WebSession other = WebSession.loggedInAsAdmin(this.mvc);
		Document mine = this.admin.page("/admin/roles/" + slug + "/edit");
		Document theirs = other.page("/admin/roles/" + slug + "/edit");
		String version = mine.select("#version").val();

		other.post("/admin/roles/" + slug, "version", theirs.select("#version").val(), "nameEn", "ASIC designer",
				"nameZh", "芯片设计师", "summaryEn", "Chip designer in one line.", "summaryZh", "芯片设计师，一句话。",
				"descriptionEn", "What a Chip designer does all day.", "descriptionZh", "芯片设计师每天做什么。");
		MockHttpServletResponse refused = this.admin.post("/admin/roles/" + slug, "version", version, "nameEn",
				"Accelerator designer", "nameZh", "加速器设计师", "summaryEn", "Chip designer in one line.", "summaryZh",
				"芯片设计师，一句话。", "descriptionEn", "What a Chip designer does all day.", "descriptionZh",
				"芯片设计师每天做什么。");

		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#role-conflict").text()).contains("Another admin changed this role type");
		assertThat(page.select("#nameEn").val()).isEqualTo("Accelerator designer");
		assertThat(page.select("#nameZh").val()).isEqualTo("加速器设计师");
		assertThat(page.select("#nameEn-saved .saved-text").text()).isEqualTo("ASIC designer");
		assertThat(page.select("#nameZh-saved .saved-text").text()).isEqualTo("芯片设计师");
		assertThat(page.select("#summaryEn-saved")).as("where what was typed is what is saved, nothing to show")
			.isEmpty();
		assertThat(this.taxonomy.roleType(slug).orElseThrow().getNameEn()).isEqualTo("ASIC designer");
		assertThat(audit("role.update", slug)).hasSize(1);

		// saving again from the conflict page is a deliberate choice, and goes through
		String newer = page.select("#version").val();
		assertThat(newer).isNotEqualTo(version);
		this.admin.post("/admin/roles/" + slug, "version", newer, "nameEn", "Accelerator designer", "nameZh",
				"加速器设计师", "summaryEn", "Chip designer in one line.", "summaryZh", "芯片设计师，一句话。",
				"descriptionEn", "What a Chip designer does all day.", "descriptionZh", "芯片设计师每天做什么。");
		assertThat(this.taxonomy.roleType(slug).orElseThrow().getNameEn()).isEqualTo("Accelerator designer");
		assertThat(audit("role.update", slug)).hasSize(2);
	}

	@Test
	void savingWithoutChangesRecordsNothing() throws Exception {
		String slug = slug();
		this.admin.follow(create("product-program", slug, "AI program lead", "AI 项目负责人"));
		Document form = this.admin.page("/admin/roles/" + slug + "/edit");

		Document after = this.admin.follow(this.admin.post("/admin/roles/" + slug, "version",
				form.select("#version").val(), "nameEn", form.select("#nameEn").val(), "nameZh",
				form.select("#nameZh").val(), "summaryEn", form.select("#summaryEn").text(), "summaryZh",
				form.select("#summaryZh").text(), "descriptionEn", form.select("#descriptionEn").text(),
				"descriptionZh", form.select("#descriptionZh").text()));

		assertThat(after.select("[role=status]").text()).isEqualTo("Nothing changed in AI program lead.");
		assertThat(audit("role.update", slug)).isEmpty();
	}

	@Test
	void markupInARoleTypesTextsIsShownAsTextEverywhere() throws Exception {
		String slug = slug();
		String name = "<script>alert(1)</script><b onclick=\"x()\">Bold</b>";
		this.admin.follow(create("research", slug, name, name));

		for (String url : new String[] { "/", "/roles/" + slug, "/jobs" }) {
			Document page = publicPage(url, Locale.ENGLISH);
			assertThat(page.select("script:not([src]), b[onclick]")).as(url).isEmpty();
			assertThat(page.text()).as(url).contains(name);
		}
		Document admin = this.admin.page("/admin/audit?targetType=role-type&targetId=" + slug);
		assertThat(admin.select("script:not([src]), b[onclick]")).isEmpty();
		assertThat(admin.select(".audit-detail").text()).contains(name);
	}

	@Test
	void anUnknownRoleTypeIsNotFound() throws Exception {
		assertThat(this.admin.get("/admin/roles/no-such-role/edit").getStatus()).isEqualTo(404);
	}

	@Test
	void onlyAdminsMayEditTheTaxonomy() throws Exception {
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.sessions.account(ai.slope.accounts.Role.RECRUITER));
		recruiter.page("/account");

		assertThat(recruiter.get("/admin/roles/new").getStatus()).isEqualTo(403);
		assertThat(recruiter.post("/admin/roles", "family", "research", "slug", slug(), "nameEn", "x", "nameZh", "x",
				"summaryEn", "x", "summaryZh", "x", "descriptionEn", "x", "descriptionZh", "x").getStatus())
			.isEqualTo(403);
	}

}
