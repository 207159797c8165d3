package ai.slope.salaries.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.salaries.SalaryFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with salary data: everyone reads the explorer and the API, job seekers submit, only admins
 * curate; every form needs its CSRF token.
 */
@WebIntegrationTest
class SalaryAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startClean() {
		this.salaries.clear();
	}

	private WebSession as(Role role) throws Exception {
		return WebSession.loggedInAs(this.mvc, AccountFixture.create(this.accounts, role));
	}

	@Test
	void everyoneReadsTheExplorerAndTheApi() throws Exception {
		WebSession anonymous = new WebSession(this.mvc);
		assertThat(anonymous.get("/salaries").getStatus()).isEqualTo(200);
		assertThat(anonymous.get("/api/v1/salaries/stats").getStatus()).isEqualTo(200);
		assertThat(as(Role.RECRUITER).get("/salaries").getStatus()).isEqualTo(200);
	}

	@Test
	void onlyAdminsCurate() throws Exception {
		String[] pages = { "/admin/salaries", "/admin/salaries/titles", "/admin/salaries/rules",
				"/admin/salaries/rates", "/admin/salaries/review" };
		for (Role role : new Role[] { Role.SEEKER, Role.RECRUITER }) {
			WebSession session = as(role);
			for (String page : pages) {
				assertThat(session.get(page).getStatus()).as("%s %s", role, page).isEqualTo(403);
			}
			session.page("/salaries");
			assertThat(session.post("/admin/salaries/rules", "kind", "EXACT", "title", "Engineer", "target",
					"ml-engineer").getStatus()).isEqualTo(403);
			assertThat(session.post("/admin/salaries/rates", "currency", "EUR", "year", "2024", "usdPerUnit", "9")
				.getStatus()).isEqualTo(403);
			assertThat(session.upload("/admin/salaries/imports", "file", "a.csv", "text/csv", SalaryFixture.slice())
				.getStatus()).isEqualTo(403);
		}
		MockHttpServletResponse anonymous = new WebSession(this.mvc).get("/admin/salaries");
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from title_rule", Long.class)).isZero();
		assertThat(this.salaries.count("true")).isZero();
	}

	@Test
	void onlyJobSeekersSubmitTheirSalary() throws Exception {
		assertThat(as(Role.SEEKER).get("/salaries/submit").getStatus()).isEqualTo(200);
		assertThat(as(Role.RECRUITER).get("/salaries/submit").getStatus()).isEqualTo(403);
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		assertThat(admin.get("/salaries/submit").getStatus()).isEqualTo(403);
		assertThat(new WebSession(this.mvc).get("/salaries/submit").getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void curationWithoutTheCsrfTokenIsRefused() throws Exception {
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		admin.page("/admin/salaries/rules");

		assertThat(admin.postWithoutCsrf("/admin/salaries/rules", "kind", "EXACT", "title", "Engineer", "target",
				"ml-engineer").getStatus()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from title_rule", Long.class)).isZero();
	}

}
