package ai.slope.admin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach the admin and recruiter pages, where anonymous visitors go, and the CSRF token on every
 * state-changing admin request.
 */
@WebIntegrationTest
class AdminAccessTests {

	static final String[] ADMIN_PAGES = { "/admin", "/admin/users", "/admin/users?role=SEEKER", "/admin/roles",
			"/admin/roles/new", "/admin/roles/research-scientist/edit", "/admin/audit" };

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	AdminSessions sessions;

	@BeforeEach
	void sessions() {
		this.sessions = new AdminSessions(this.mvc, this.accounts);
	}

	@Test
	void seekersCannotReachRecruiterOrAdminPages() throws Exception {
		Account seekerAccount = this.sessions.account(Role.SEEKER);
		WebSession seeker = WebSession.loggedInAs(this.mvc, seekerAccount);

		for (String page : ADMIN_PAGES) {
			assertThat(seeker.get(page).getStatus()).as(page).isEqualTo(403);
		}
		assertThat(seeker.get("/admin/users/" + seekerAccount.getId()).getStatus()).isEqualTo(403);
		assertThat(seeker.get("/recruiter/postings").getStatus()).isEqualTo(403);
		assertThat(seeker.get("/recruiter/company").getStatus()).isEqualTo(403);
		seeker.page("/account");
		assertThat(seeker.post("/admin/users/" + seekerAccount.getId() + "/role", "role", "ADMIN").getStatus())
			.as("even with the CSRF token")
			.isEqualTo(403);
		assertThat(this.accounts.findById(seekerAccount.getId()).orElseThrow().getRole()).isEqualTo(Role.SEEKER);
	}

	@Test
	void recruitersCannotReachAdminPages() throws Exception {
		Account recruiterAccount = this.sessions.account(Role.RECRUITER);
		Account victim = this.sessions.account(Role.SEEKER);
		WebSession recruiter = WebSession.loggedInAs(this.mvc, recruiterAccount);

		for (String page : ADMIN_PAGES) {
			assertThat(recruiter.get(page).getStatus()).as(page).isEqualTo(403);
		}
		recruiter.page("/account");
		assertThat(recruiter.post("/admin/users/" + victim.getId() + "/suspend").getStatus()).isEqualTo(403);
		assertThat(this.accounts.findById(victim.getId()).orElseThrow().isSuspended()).isFalse();
	}

	@Test
	void anAnonymousAdminGoesToTheLoginPageAndComesBackToTheFilteredUserList() throws Exception {
		WebSession browser = this.sessions.anonymous();

		MockHttpServletResponse response = browser.get("/admin/users?role=SEEKER&status=active");
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");

		MockHttpServletResponse login = browser.logIn(WebIntegrationTest.ADMIN_EMAIL,
				WebIntegrationTest.ADMIN_PASSWORD);

		assertThat(login.getRedirectedUrl()).contains("/admin/users?role=SEEKER&status=active");
		Document page = browser.follow(login);
		assertThat(page.select("h1").text()).isEqualTo("Users");
		assertThat(page.select("#users-role option[selected]").val()).isEqualTo("SEEKER");
		assertThat(page.select("#users-status option[selected]").val()).isEqualTo("active");
	}

	@Test
	void anAnonymousVisitorComesBackToTheirAccountPageAfterLoggingIn() throws Exception {
		Account seeker = this.sessions.account(Role.SEEKER);
		WebSession browser = this.sessions.anonymous();

		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/login");
		MockHttpServletResponse login = browser.logIn(seeker.getEmail(), AdminSessions.PASSWORD);

		assertThat(login.getRedirectedUrl()).contains("/account");
		assertThat(browser.follow(login).select("h1").text()).isEqualTo("Your account, " + seeker.getDisplayName());
	}

	@Test
	void aSeekerSentToTheLoginPageFromAnAdminPageIsRefusedAfterLoggingIn() throws Exception {
		Account seeker = this.sessions.account(Role.SEEKER);
		WebSession browser = this.sessions.anonymous();
		browser.get("/admin/audit");

		MockHttpServletResponse login = browser.logIn(seeker.getEmail(), AdminSessions.PASSWORD);

		assertThat(browser.get(login.getRedirectedUrl().replaceFirst("^https?://[^/]+", "")).getStatus())
			.isEqualTo(403);
	}

	@Test
	void everyStateChangingAdminRequestNeedsTheCsrfToken() throws Exception {
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		Account target = this.sessions.account(Role.SEEKER);
		admin.page("/admin/users/" + target.getId());
		long before = this.jdbc.queryForObject("select count(*) from audit_log", Long.class);
		String user = "/admin/users/" + target.getId();

		assertThat(admin.postWithoutCsrf(user + "/suspend", "reason", "no token").getStatus()).isEqualTo(403);
		assertThat(admin.postWithoutCsrf(user + "/role", "role", "ADMIN").getStatus()).isEqualTo(403);
		this.accounts.suspend(target.getId());
		assertThat(admin.postWithoutCsrf(user + "/reactivate").getStatus()).isEqualTo(403);
		assertThat(admin.postWithoutCsrf("/admin/roles", "family", "research", "slug", "csrf-less", "nameEn", "x",
				"nameZh", "x", "summaryEn", "x", "summaryZh", "x", "descriptionEn", "x", "descriptionZh", "x")
			.getStatus()).isEqualTo(403);
		assertThat(admin.postWithoutCsrf("/admin/roles/research-scientist", "version", "0", "nameEn", "Hijacked",
				"nameZh", "x", "summaryEn", "x", "summaryZh", "x", "descriptionEn", "x", "descriptionZh", "x")
			.getStatus()).isEqualTo(403);

		Account after = this.accounts.findById(target.getId()).orElseThrow();
		assertThat(after.isSuspended()).as("still suspended: reactivating was refused").isTrue();
		assertThat(after.getRole()).isEqualTo(Role.SEEKER);
		assertThat(this.jdbc.queryForObject("select count(*) from role_type where slug = 'csrf-less' or name_en = 'Hijacked'",
				Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(before);
		assertThat(admin.get("/admin").getStatus()).as("the admin is still logged in").isEqualTo(200);
	}

	@Test
	void everyAdminFormCarriesTheCsrfToken() throws Exception {
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		Account target = this.sessions.account(Role.SEEKER);

		for (String page : new String[] { "/admin/users/" + target.getId(), "/admin/users/" + target.getId() + "/suspend",
				"/admin/roles/new", "/admin/roles/research-scientist/edit" }) {
			Document document = admin.page(page);
			assertThat(document.select("main form[method=post]")).as(page).isNotEmpty();
			assertThat(document.select("main form[method=post]:not(:has(input[name=_csrf]))")).as(page).isEmpty();
		}
	}

}
