package ai.slope.companies.web;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyFixture;
import ai.slope.companies.CompanyMemberships;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.JobSearchResult;
import ai.slope.jobs.JobSummary;
import ai.slope.jobs.PostingFixture;
import ai.slope.system.EventListeners;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class RecruiterCompanyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventListeners listeners;

	@Autowired
	Accounts accounts;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMemberships memberships;

	@Autowired
	CompanyFixture fixture;

	@Autowired
	PostingFixture postings;

	@Autowired
	JobSearch search;

	private MockHttpServletResponse create(WebSession browser, String name, String website, String country,
			String size, String description) throws Exception {
		browser.page("/recruiter/company");
		return browser.post("/recruiter/company", "name", name, "website", website, "hqCountry", country, "sizeBand",
				size, "description", description);
	}

	@Test
	void aRecruiterCreatesACompanyAndIsItsFirstMember() throws Exception {
		Account recruiter = this.fixture.recruiter();
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		Document start = browser.page("/recruiter/company");
		assertThat(start.select("h2").eachText()).contains("Create a company", "Join a company that is here already");

		MockHttpServletResponse created = create(browser, "  Quill Reasoning Works  ", "quill-reasoning.example",
				"GB", "SMALL", "We build reasoning models.");

		assertThat(created.getRedirectedUrl()).isEqualTo("/recruiter/company");
		Document page = browser.follow(created);
		assertThat(page.select("[role=status]").text()).contains("Your company is created");
		assertThat(page.select("h1").text()).contains("Quill Reasoning Works");
		assertThat(page.select("input[name=website]").val()).isEqualTo("https://quill-reasoning.example");
		assertThat(page.select(".company-members").text()).contains(recruiter.getDisplayName());
		Company company = this.companies.findBySlug("quill-reasoning-works").orElseThrow();
		assertThat(company.getHqCountry()).isEqualTo("GB");
		assertThat(company.isVerified()).isFalse();
		assertThat(this.memberships.activeCompanyOf(recruiter.getId())).get()
			.extracting(Company::getId)
			.isEqualTo(company.getId());
		assertThat(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/companies/quill-reasoning-works")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void problemsComeBackBesideTheirFieldsWithEverythingTyped() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.recruiter());

		Document page = Jsoup.parse(create(browser, " ", "not a site", "XX", "HUGE", "Still here.").getContentAsString());

		assertThat(page.select(".alert-danger").text()).contains("Some fields need another look");
		assertThat(page.select("#name-error").text()).isEqualTo("Please give the company’s name.");
		assertThat(page.select("#website-error").text()).contains("does not look like a web address");
		assertThat(page.select("#hqCountry-error").text()).contains("choose the country");
		assertThat(page.select("#sizeBand-error").text()).contains("how many people");
		assertThat(page.select("input[name=website]").val()).isEqualTo("not a site");
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("Still here.");
		assertThat(page.select("input[name=name]").attr("aria-describedby")).contains("name-error");
	}

	@Test
	void problemsAreInChineseForAChineseReader() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.recruiter()).in(Locale.SIMPLIFIED_CHINESE);

		Document page = Jsoup.parse(create(browser, "", "https://ok.example", "CN", "", "").getContentAsString());

		assertThat(page.select("#name-error").text()).isEqualTo("请填写公司名称。");
		assertThat(page.select("#sizeBand-error").text()).isEqualTo("请选择公司的员工人数。");
		assertThat(page.select("select[name=hqCountry] option[selected]").text()).isEqualTo("中国");
	}

	@Test
	void aTakenNameIsRefusedWithAMessageThatPointsToTheCompany() throws Exception {
		Company existing = this.fixture.company(this.fixture.recruiter(), "Lattice Minds");
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.recruiter());

		// another spelling of the same name gives the same slug
		String sameSlug = existing.getName().toUpperCase().replace(' ', '_');
		Document page = Jsoup.parse(create(browser, sameSlug, "", "US", "SEED", "").getContentAsString());

		assertThat(page.select("#name-error").text()).contains("is on Slope already")
			.contains("/companies/" + existing.getSlug())
			.contains("Ask to join it instead");
		assertThat(page.select("input[name=name]").val()).isEqualTo(sameSlug);
		assertThat(this.jdbc.queryForObject("select count(*) from company where slug = ?", Integer.class,
				existing.getSlug())).isEqualTo(1);
	}

	@Test
	void aNameWithoutLatinLettersGetsAUniqueSlug() throws Exception {
		Account recruiter = this.fixture.recruiter();
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);

		assertThat(create(browser, "深度智能" + (char) (0x4E00 + new java.util.Random().nextInt(20000)), "", "CN", "MEDIUM", "").getRedirectedUrl())
			.isEqualTo("/recruiter/company");
		assertThat(this.memberships.activeCompanyOf(recruiter.getId()).orElseThrow().getSlug())
			.matches("company-[0-9a-f]{8}");
	}

	@Test
	void theProfileIsSavedAndAConflictingSaveIsRefusedKeepingWhatWasTyped() throws Exception {
		Account first = this.fixture.recruiter();
		Company company = this.fixture.company(first, "Tessellate AI");
		Account second = this.fixture.recruiter();
		this.memberships.addActiveMember(company.getId(), second.getId(), first.getId());
		WebSession one = WebSession.loggedInAs(this.mvc, first);
		WebSession two = WebSession.loggedInAs(this.mvc, second);
		String version = one.page("/recruiter/company").select("input[name=version]").val();
		two.page("/recruiter/company");

		MockHttpServletResponse saved = two.post("/recruiter/company/profile", "version", version, "name",
				company.getName(), "website", "https://tessellate.example", "hqCountry", "DE", "sizeBand", "MEDIUM",
				"description", "Saved by the second recruiter.");
		assertThat(saved.getRedirectedUrl()).isEqualTo("/recruiter/company");
		assertThat(two.follow(saved).select("[role=status]").text()).isEqualTo("The profile is saved.");

		Document conflict = Jsoup.parse(one.post("/recruiter/company/profile", "version", version, "name",
				company.getName(), "website", "https://example.com", "hqCountry", "US", "sizeBand", "SMALL",
				"description", "Typed by the first recruiter.").getContentAsString());

		assertThat(conflict.select("#conflict").text()).contains("Someone else saved this profile")
			.contains("Website is now: https://tessellate.example")
			.contains("The description changed too.");
		assertThat(conflict.select("textarea[name=description]").text()).isEqualTo("Typed by the first recruiter.");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getDescription())
			.isEqualTo("Saved by the second recruiter.");

		// saving again, now based on what is stored, is a deliberate choice and goes through
		String newVersion = conflict.select("input[name=version]").val();
		assertThat(newVersion).isNotEqualTo(version);
		assertThat(one.post("/recruiter/company/profile", "version", newVersion, "name", company.getName(), "website",
				"https://example.com", "hqCountry", "US", "sizeBand", "SMALL", "description",
				"Typed by the first recruiter.")
			.getRedirectedUrl()).isEqualTo("/recruiter/company");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getDescription())
			.isEqualTo("Typed by the first recruiter.");
	}

	@Test
	void renamingAVerifiedCompanyRemovesTheVerification() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = this.fixture.company(recruiter, "Orchid Vision");
		this.companies.verify(company.getId());
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		Document page = browser.page("/recruiter/company");
		assertThat(page.select(".form-text").text()).contains("removes the verification");

		MockHttpServletResponse saved = browser.post("/recruiter/company/profile", "version",
				page.select("input[name=version]").val(), "name", company.getName() + " Labs", "website",
				"https://example.com", "hqCountry", "US", "sizeBand", "SMALL", "description", "We train models.");

		assertThat(browser.follow(saved).select("[role=status]").text()).contains("no longer verified");
		assertThat(this.companies.findById(company.getId()).orElseThrow().isVerified()).isFalse();
		assertThat(this.companies.findById(company.getId()).orElseThrow().getSlug()).isEqualTo(company.getSlug());
	}

	@Test
	void aRenamedCompanysPostingsAreFoundUnderTheNewName() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = this.fixture.company(recruiter, "Old Name");
		this.postings.posting(company, "ml-engineer", "Machine Learning Engineer, Renaming").save();
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		Document page = browser.page("/recruiter/company");
		String newName = "Fresh Name " + company.getSlug().substring(company.getSlug().length() - 8);

		browser.post("/recruiter/company/profile", "version", page.select("input[name=version]").val(), "name",
				newName, "website", "https://example.com", "hqCountry", "US", "sizeBand", "SMALL", "description", "");
		this.listeners.awaitDone();

		JobSearchResult bySlug = this.search.search(JobQuery.all().withCompany(company.getSlug()));
		assertThat(bySlug.hits()).singleElement().satisfies(hit -> assertThat(hit.companyName()).isEqualTo(newName));
		assertThat(this.search.search(JobQuery.all().withKeywords("Fresh " + newName.substring(11))).hits())
			.extracting(JobSummary::companySlug)
			.contains(company.getSlug());
	}

	@Test
	void onlyRecruitersReachTheCompanyPage() throws Exception {
		Account seeker = AccountFixture.create(this.accounts, Role.SEEKER);
		WebSession seekerBrowser = WebSession.loggedInAs(this.mvc, seeker);
		assertThat(seekerBrowser.get("/recruiter/company").getStatus()).isEqualTo(403);
		seekerBrowser.page("/account");
		assertThat(seekerBrowser.post("/recruiter/company", "name", "Sneaky", "hqCountry", "US", "sizeBand", "SEED")
			.getStatus()).isEqualTo(403);

		MockHttpServletResponse anonymous = new WebSession(this.mvc).get("/recruiter/company");
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
		assertThat(this.companies.find("Sneaky", Companies.Verification.ALL,
				org.springframework.data.domain.Pageable.unpaged()).getTotalElements()).isZero();
	}

	@Test
	void everyChangeNeedsTheCsrfToken() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = this.fixture.company(recruiter, "Token Ring");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		browser.page("/recruiter/company");

		assertThat(browser.postWithoutCsrf("/recruiter/company/profile", "version", "0", "name", "Changed", "hqCountry",
				"US", "sizeBand", "SEED").getStatus()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf("/recruiter/company/logo/remove").getStatus()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf("/recruiter/company/join/cancel").getStatus()).isEqualTo(403);
		assertThat(this.companies.findById(company.getId()).orElseThrow().getName()).isEqualTo(company.getName());
	}

	@Test
	void aRecruiterWithoutACompanyHasNoProfileToChange() throws Exception {
		Company other = this.fixture.company(this.fixture.recruiter(), "Not Yours");
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.recruiter());
		browser.page("/recruiter/company");

		assertThat(browser.post("/recruiter/company/profile", "version", "0", "name", "Taken Over", "hqCountry", "US",
				"sizeBand", "SEED").getStatus()).isEqualTo(404);
		assertThat(browser.post("/recruiter/company/logo/remove").getStatus()).isEqualTo(404);
		assertThat(this.companies.findById(other.getId()).orElseThrow().getName()).isEqualTo(other.getName());
	}

}
