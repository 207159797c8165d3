package ai.slope.admin.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class AdminCompaniesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Companies companies;

	@Autowired
	CompanyFixture fixture;

	private long adminId() {
		return this.accounts.findByEmail(WebIntegrationTest.ADMIN_EMAIL).orElseThrow().getId();
	}

	private List<Map<String, Object>> auditOf(Company company) {
		return this.jdbc.queryForList(
				"select actor_id, action, target_type, target_id, detail from audit_log where target_type = 'company' "
						+ "and target_id = ? order by id",
				company.getId().toString());
	}

	@Test
	void verifyingAsksForConfirmationShowsTheBadgeAndIsAudited() throws Exception {
		Company company = this.fixture.company(this.fixture.recruiter(), "Badger Systems");
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		Document list = admin.page("/admin/companies?q=" + company.getName().substring(company.getName().length() - 8));
		assertThat(list.select(".admin-nav a.active").text()).isEqualTo("Companies");
		String confirmLink = list.select("#company-" + company.getId() + " a.btn-success").attr("href");
		assertThat(confirmLink).startsWith("/admin/companies/" + company.getId() + "/verify?status=unverified&q=");

		Document confirm = admin.page(confirmLink);
		assertThat(confirm.select("h1").text()).isEqualTo("Verify " + company.getName() + "?");
		assertThat(this.companies.findById(company.getId()).orElseThrow().isVerified()).isFalse();
		assertThat(auditOf(company)).isEmpty();

		MockHttpServletResponse verified = admin.post("/admin/companies/" + company.getId() + "/verify", "status",
				confirm.select("input[type=hidden][name=status]").val(), "q",
				confirm.select("input[type=hidden][name=q]").val(), "page",
				confirm.select("input[type=hidden][name=page]").val());

		assertThat(verified.getRedirectedUrl()).isEqualTo("/admin/companies?status=unverified&q="
				+ company.getName().substring(company.getName().length() - 8));
		assertThat(admin.follow(verified).select("[role=status]").eachText())
			.contains(company.getName() + " is verified.");
		assertThat(this.companies.findById(company.getId()).orElseThrow().isVerified()).isTrue();
		assertThat(auditOf(company)).singleElement().satisfies(entry -> {
			assertThat(entry).containsEntry("actor_id", adminId())
				.containsEntry("action", "company.verify")
				.containsEntry("target_type", "company");
			assertThat((String) entry.get("detail")).contains(company.getName()).contains(company.getSlug());
		});

		Document english = new WebSession(this.mvc).page("/companies/" + company.getSlug());
		assertThat(english.select("h1 .verified").text()).isEqualTo("✓ Verified");
		Document chinese = new WebSession(this.mvc).in(Locale.SIMPLIFIED_CHINESE).page("/companies/" + company.getSlug());
		assertThat(chinese.select("h1 .verified").text()).isEqualTo("✓ 已认证");
		assertThat(chinese.select("h1 .verified").attr("title")).contains("已核实");

		// a second click changes nothing and records nothing
		admin.page(confirmLink);
		MockHttpServletResponse again = admin.post("/admin/companies/" + company.getId() + "/verify");
		assertThat(admin.follow(again).select("[role=status]").eachText()).anyMatch(t -> t.startsWith("Nothing changed"));
		assertThat(auditOf(company)).hasSize(1);
	}

	@Test
	void removingTheVerificationKeepsTheReasonInTheAuditLog() throws Exception {
		Company company = this.fixture.company(this.fixture.recruiter(), "Fading Star");
		this.companies.verify(company.getId());
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		Document confirm = admin.page("/admin/companies/" + company.getId() + "/unverify");
		assertThat(confirm.select("textarea[name=reason]")).hasSize(1);

		admin.post("/admin/companies/" + company.getId() + "/unverify", "reason", "The website is parked.");

		assertThat(this.companies.findById(company.getId()).orElseThrow().isVerified()).isFalse();
		assertThat(auditOf(company)).singleElement().satisfies(entry -> {
			assertThat(entry).containsEntry("action", "company.unverify");
			assertThat((String) entry.get("detail")).endsWith(": The website is parked.");
		});
		assertThat(new WebSession(this.mvc).page("/companies/" + company.getSlug()).select("h1 .verified")).isEmpty();
	}

	@Test
	void theListFiltersByVerificationSearchesByNameAndPages() throws Exception {
		String tag = "Zq" + Long.toString(System.nanoTime(), 36);
		Account recruiter = this.fixture.recruiter();
		Company verified = this.fixture.company(recruiter, tag + " Verified");
		this.companies.verify(verified.getId());
		for (int i = 0; i < AdminCompaniesController.PAGE_SIZE; i++) {
			this.fixture.company(this.fixture.recruiter(), tag + " Unverified " + i);
		}
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);

		Document unverified = admin.page("/admin/companies?q=" + tag);
		assertThat(unverified.select("[role=status]").text()).isEqualTo("20 companies");
		assertThat(unverified.select("tbody tr")).hasSize(20);
		assertThat(unverified.select("tbody").text()).doesNotContain(verified.getName());
		assertThat(unverified.select(".pagination")).isEmpty();

		Document verifiedOnly = admin.page("/admin/companies?status=verified&q=" + tag.toLowerCase());
		assertThat(verifiedOnly.select("tbody tr")).hasSize(1);
		assertThat(verifiedOnly.select("tbody").text()).contains(verified.getName()).contains("1 recruiter");
		assertThat(verifiedOnly.select("option[selected]").val()).isEqualTo("verified");

		Document all = admin.page("/admin/companies?status=all&q=" + tag);
		assertThat(all.select("[role=status]").text()).isEqualTo("21 companies");
		assertThat(all.select(".pagination .page-item.disabled").text()).isEqualTo("Page 1 of 2");
		Document second = admin.page(all.select(".pagination a[rel=next]").attr("href"));
		assertThat(second.select("tbody tr")).hasSize(1);
		assertThat(second.select(".pagination .page-item.disabled").text()).isEqualTo("Page 2 of 2");
	}

	@Test
	void onlyAdminsReachCompanyVerification() throws Exception {
		Company company = this.fixture.company(this.fixture.recruiter(), "Gatekeepers");
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.fixture.recruiter());
		WebSession seeker = WebSession.loggedInAs(this.mvc, AccountFixture.create(this.accounts, Role.SEEKER));

		assertThat(recruiter.get("/admin/companies").getStatus()).isEqualTo(403);
		assertThat(seeker.get("/admin/companies").getStatus()).isEqualTo(403);
		recruiter.page("/recruiter/company");
		assertThat(recruiter.post("/admin/companies/" + company.getId() + "/verify").getStatus()).isEqualTo(403);
		MockHttpServletResponse anonymous = new WebSession(this.mvc).get("/admin/companies");
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
		assertThat(this.companies.findById(company.getId()).orElseThrow().isVerified()).isFalse();
	}

	@Test
	void verifyingNeedsTheCsrfTokenAndAnUnknownCompanyIsNotFound() throws Exception {
		Company company = this.fixture.company(this.fixture.recruiter(), "Forged Forms");
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		admin.page("/admin/companies");

		assertThat(admin.postWithoutCsrf("/admin/companies/" + company.getId() + "/verify").getStatus()).isEqualTo(403);
		assertThat(this.companies.findById(company.getId()).orElseThrow().isVerified()).isFalse();
		assertThat(admin.post("/admin/companies/987654321/verify").getStatus()).isEqualTo(404);
		assertThat(admin.get("/admin/companies/987654321/verify").getStatus()).isEqualTo(404);
		assertThat(auditOf(company)).isEmpty();
	}

	@Test
	void afterADecisionTheAdminIsBackOnTheListAsTheyLeftIt() throws Exception {
		Company company = this.fixture.company(this.fixture.recruiter(), "Back Again");
		this.companies.verify(company.getId());
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		admin.page("/admin/companies/" + company.getId() + "/unverify?status=verified&q=back&page=3");

		MockHttpServletResponse unverified = admin.post("/admin/companies/" + company.getId() + "/unverify", "status",
				"verified", "q", "back", "page", "3", "reason", "");

		assertThat(unverified.getRedirectedUrl()).isEqualTo("/admin/companies?status=verified&q=back&page=3");
		assertThat(auditOf(company)).singleElement()
			.satisfies(entry -> assertThat(entry.get("detail")).isEqualTo(company.getName() + " (" + company.getSlug() + ")"));
	}

}
