package ai.slope.admin;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebIntegrationTest
class UserAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAdministration administration;

	AdminSessions sessions;

	WebSession admin;

	@BeforeEach
	void logInAsAdmin() throws Exception {
		this.sessions = new AdminSessions(this.mvc, this.accounts);
		this.admin = WebSession.loggedInAsAdmin(this.mvc);
	}

	@AfterEach
	void leaveOnlyTheFirstAdmin() {
		// other tests of this context count on the first admin being the only one
		this.jdbc.update("update account set role = 'SEEKER' where role = 'ADMIN' and lower(email) <> lower(?)",
				WebIntegrationTest.ADMIN_EMAIL);
	}

	private List<Map<String, Object>> entries(String action, Account target) {
		return this.jdbc.queryForList(
				"select actor_id, detail from audit_log where action = ? and target_type = 'account' and target_id = ? order by id",
				action, String.valueOf(target.getId()));
	}

	@Test
	void theListSearchesEmailAndNameFiltersByRoleAndStatusAndPages() throws Exception {
		String marker = "lister" + System.nanoTime();
		for (int i = 0; i < 26; i++) {
			this.sessions.account(marker, "Lister " + i, (i % 2 == 0) ? Role.SEEKER : Role.RECRUITER);
		}
		Account byName = this.sessions.account("someone", "Zelda-" + marker, Role.RECRUITER);

		Document first = this.admin.page("/admin/users?q=" + marker);
		assertThat(first.select("tr.user-row")).hasSize(25);
		assertThat(first.select("#users-count").text()).isEqualTo("27 accounts, newest first");
		assertThat(first.select("tr.user-row").first().attr("data-id")).isEqualTo(byName.getId().toString());
		assertThat(first.select(".pagination a[rel=next]").attr("href")).contains("q=" + marker).contains("page=2");
		Document second = this.admin.page(first.select(".pagination a[rel=next]").attr("href"));
		assertThat(second.select("tr.user-row")).hasSize(2);
		assertThat(second.select(".pagination [aria-current=page]").text()).isEqualTo("2");

		Document recruiters = this.admin.page("/admin/users?q=" + marker.toUpperCase() + "&role=RECRUITER");
		assertThat(recruiters.select("tr.user-row")).hasSize(14);
		assertThat(recruiters.select("#users-role option[selected]").val()).isEqualTo("RECRUITER");

		Document byDisplayName = this.admin.page("/admin/users?q=ZELDA-" + marker);
		assertThat(byDisplayName.select("tr.user-row td.user-email").eachText()).containsExactly(byName.getEmail());

		this.accounts.suspend(byName.getId());
		assertThat(this.admin.page("/admin/users?q=" + marker + "&status=suspended").select("tr.user-row td.user-email")
			.eachText()).containsExactly(byName.getEmail());
		assertThat(this.admin.page("/admin/users?q=" + marker + "&status=active").select("#users-count").text())
			.startsWith("26 accounts");
	}

	@Test
	void aSearchThatFindsNobodySaysSoAndWildcardsAreTakenLiterally() throws Exception {
		// no email or name has these characters; as LIKE wildcards they would match every account
		Document none = this.admin.page("/admin/users?q=_");
		assertThat(this.admin.page("/admin/users?q=%").select("tr.user-row")).isEmpty();

		assertThat(none.select("tr.user-row")).isEmpty();
		assertThat(none.select("#users-empty").text()).contains("No account matches these filters");
		assertThat(none.select("a[href=/admin/users]").eachText()).contains("Clear filters");
	}

	@Test
	void suspendingAsksForConfirmationThenEndsTheUsersOpenSession() throws Exception {
		Account seeker = this.sessions.account(Role.SEEKER);
		WebSession theirs = WebSession.loggedInAs(this.mvc, seeker);
		assertThat(theirs.get("/account").getStatus()).isEqualTo(200);

		Document user = this.admin.page("/admin/users/" + seeker.getId());
		assertThat(user.select("#suspend-link").attr("href")).isEqualTo("/admin/users/" + seeker.getId() + "/suspend");
		Document confirm = this.admin.page("/admin/users/" + seeker.getId() + "/suspend");
		assertThat(confirm.select("h1").text()).isEqualTo("Suspend " + seeker.getDisplayName() + "?");
		assertThat(confirm.select("#confirm-suspend")).hasSize(1);
		assertThat(this.accounts.findById(seeker.getId()).orElseThrow().isSuspended()).as("not before confirming")
			.isFalse();

		MockHttpServletResponse done = this.admin.post("/admin/users/" + seeker.getId() + "/suspend", "reason",
				"  Posting spam in applications  ");

		assertThat(done.getRedirectedUrl()).isEqualTo("/admin/users/" + seeker.getId());
		Document after = this.admin.follow(done);
		assertThat(after.select("[role=status]").text()).contains(seeker.getDisplayName() + " is suspended");
		assertThat(after.select("#user-status").text()).contains("Suspended");
		assertThat(after.select("#reactivate-button")).hasSize(1);
		assertThat(after.select("tr.audit-entry[data-action=account.suspend] .audit-detail").text())
			.isEqualTo("Posting spam in applications");
		assertThat(theirs.get("/account").getStatus()).as("their open session ended").isEqualTo(302);
		assertThat(theirs.get("/account").getRedirectedUrl()).endsWith("/login");
		WebSession again = this.sessions.anonymous();
		Document refused = again.follow(again.logIn(seeker.getEmail(), AdminSessions.PASSWORD));
		assertThat(refused.select("#login-error").text()).contains("suspended");
		assertThat(entries("account.suspend", seeker)).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor_id")).isEqualTo(this.sessions.admin().getId());
			assertThat(entry.get("detail")).isEqualTo("Posting spam in applications");
		});
	}

	@Test
	void reactivatingLetsThemLogInAgainAndIsAudited() throws Exception {
		Account recruiter = this.sessions.account(Role.RECRUITER);
		this.admin.page("/admin/users/" + recruiter.getId() + "/suspend");
		this.admin.post("/admin/users/" + recruiter.getId() + "/suspend", "reason", "");
		assertThat(entries("account.suspend", recruiter)).singleElement()
			.satisfies(entry -> assertThat(entry.get("detail")).isEqualTo(""));

		this.admin.page("/admin/users/" + recruiter.getId());
		Document after = this.admin.follow(this.admin.post("/admin/users/" + recruiter.getId() + "/reactivate"));

		assertThat(after.select("[role=status]").text()).contains(recruiter.getDisplayName() + " can log in again");
		assertThat(this.accounts.findById(recruiter.getId()).orElseThrow().isSuspended()).isFalse();
		assertThat(WebSession.loggedInAs(this.mvc, recruiter).get("/account").getStatus()).isEqualTo(200);
		assertThat(entries("account.reactivate", recruiter)).hasSize(1);
		assertThat(after.select("tr.audit-entry").eachAttr("data-action")).containsExactly("account.reactivate",
				"account.suspend");
	}

	@Test
	void anAdminCannotSuspendThemself() throws Exception {
		Account self = this.sessions.admin();

		Document own = this.admin.page("/admin/users/" + self.getId());
		assertThat(own.select("#user-self")).hasSize(1);
		assertThat(own.select("#suspend-link, form[action$=/role]")).isEmpty();
		Document refused = this.admin.follow(this.admin.post("/admin/users/" + self.getId() + "/suspend"));

		assertThat(refused.select("[role=alert]").text()).contains("You cannot suspend your own account");
		assertThat(this.accounts.findById(self.getId()).orElseThrow().isSuspended()).isFalse();
		assertThat(this.admin.get("/admin").getStatus()).as("still logged in").isEqualTo(200);
		assertThatThrownBy(() -> this.administration.suspend(self.getId(), self.getId(), "")).isInstanceOf(
				AdminActionRefusedException.class);
		assertThat(entries("account.suspend", self)).isEmpty();
	}

	@Test
	void aReasonTooLongComesBackWithAMessageAndTheTextTyped() throws Exception {
		Account seeker = this.sessions.account(Role.SEEKER);
		this.admin.page("/admin/users/" + seeker.getId() + "/suspend");
		String reason = "x".repeat(UserAdministration.MAX_REASON_LENGTH + 1);

		MockHttpServletResponse response = this.admin.post("/admin/users/" + seeker.getId() + "/suspend", "reason",
				reason);

		Document page = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#reason-error").text()).isEqualTo("The reason can be at most 500 characters long.");
		assertThat(page.select("#reason").text()).isEqualTo(reason);
		assertThat(this.accounts.findById(seeker.getId()).orElseThrow().isSuspended()).isFalse();
	}

	@Test
	void anAdminMakesAnotherAdminWhoseSessionsEndAndIsAudited() throws Exception {
		Account seeker = this.sessions.account(Role.SEEKER);
		WebSession theirs = WebSession.loggedInAs(this.mvc, seeker);
		assertThat(theirs.get("/admin").getStatus()).isEqualTo(403);

		this.admin.page("/admin/users/" + seeker.getId());
		Document after = this.admin.follow(this.admin.post("/admin/users/" + seeker.getId() + "/role", "role", "ADMIN"));

		assertThat(after.select("#user-role").text()).isEqualTo("Admin");
		assertThat(theirs.get("/account").getStatus()).as("logged out, to log in with the new role").isEqualTo(302);
		assertThat(WebSession.loggedInAs(this.mvc, seeker).get("/admin").getStatus()).isEqualTo(200);
		assertThat(entries("account.role", seeker)).hasSize(1);
		String entry = "/admin/audit?action=account.role&targetId=" + seeker.getId();
		assertThat(this.admin.page(entry).select("tr.audit-entry .audit-detail").text()).isEqualTo("Job seeker → Admin");
		assertThat(this.admin.in(java.util.Locale.SIMPLIFIED_CHINESE).page(entry).select("tr.audit-entry .audit-detail")
			.text()).isEqualTo("求职者 → 管理员");
		this.admin.in(java.util.Locale.ENGLISH);
		Document again = this.admin.follow(this.admin.post("/admin/users/" + seeker.getId() + "/role", "role", "ADMIN"));
		assertThat(again.select("[role=alert]").text()).contains("already has this role");
		Document self = this.admin
			.follow(this.admin.post("/admin/users/" + this.sessions.admin().getId() + "/role", "role", "SEEKER"));
		assertThat(self.select("[role=alert]").text()).contains("cannot change the role of your own account");
		assertThat(this.sessions.admin().getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void anUnknownUserIsNotFound() throws Exception {
		assertThat(this.admin.get("/admin/users/987654321").getStatus()).isEqualTo(404);
		this.admin.page("/admin/users");
		assertThat(this.admin.post("/admin/users/987654321/suspend").getStatus()).isEqualTo(404);
	}

	@Test
	void theOverviewCountsUsersByRoleAndLinksToEverySection() throws Exception {
		this.sessions.account(Role.RECRUITER);
		this.accounts.suspend(this.sessions.account(Role.SEEKER).getId());

		Document overview = this.admin.page("/admin");

		Map<Role, Long> counts = this.accounts.countByRole();
		assertThat(overview.select("#user-count").text())
			.isEqualTo(String.valueOf(counts.values().stream().mapToLong(Long::longValue).sum()));
		assertThat(overview.select("a[data-role=RECRUITER]").text()).isEqualTo("Recruiter: " + counts.get(Role.RECRUITER));
		assertThat(overview.select("#suspended-count").text()).isEqualTo(String.valueOf(this.accounts.countSuspended()));
		assertThat(overview.select("main a").eachAttr("href")).contains("/admin/users", "/admin/users?status=suspended",
				"/admin/roles", "/admin/postings", "/admin/companies", "/admin/audit");
		assertThat(overview.select(".admin-nav .active").text()).isEqualTo("Overview");
		assertThat(overview.select("style, [style], script:not([src])")).isEmpty();
	}

	@Test
	void theOverviewGroupsItsCountsAsTheRestOfTheSiteDoesInBothLanguages() throws Exception {
		// a thousand suspended job seekers, so that every count on the page has four digits
		this.jdbc.update("""
				insert into account (email, email_key, display_name, password_hash, role, suspended)
				select 'many-' || n || '@overview.test', 'many-' || n || '@overview.test', 'Many ' || n, 'x', 'SEEKER', true
				from generate_series(1, 1000) n
				""");
		try {
			Map<Role, Long> counts = this.accounts.countByRole();
			long users = counts.values().stream().mapToLong(Long::longValue).sum();
			long suspended = this.accounts.countSuspended();
			assertThat(suspended).isGreaterThanOrEqualTo(1000);
			for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
				java.text.NumberFormat site = java.text.NumberFormat.getIntegerInstance(locale);
				Document overview = this.admin.page("/admin?lang=" + locale.toLanguageTag());

				assertThat(overview.select("#user-count").text()).as("users in %s", locale)
					.isEqualTo(site.format(users))
					.contains(",");
				assertThat(overview.select("#suspended-count").text()).as("suspended in %s", locale)
					.isEqualTo(site.format(suspended));
				assertThat(overview.select("a[data-role=SEEKER]").text()).as("job seekers in %s", locale)
					.endsWith(site.format(counts.get(Role.SEEKER)));
			}
		}
		finally {
			this.admin.page("/admin?lang=en");
			this.jdbc.update("delete from account where email like 'many-%@overview.test'");
		}
	}

	@Test
	void thePagesSpeakChinese() throws Exception {
		Account seeker = this.sessions.account(Role.SEEKER);
		this.admin.in(java.util.Locale.SIMPLIFIED_CHINESE);

		assertThat(this.admin.page("/admin").select("h1").text()).isEqualTo("管理");
		assertThat(this.admin.page("/admin/users").select("h1").text()).isEqualTo("用户");
		assertThat(this.admin.page("/admin/users/" + seeker.getId() + "/suspend").select("#confirm-suspend").text())
			.isEqualTo("停用该账户");
	}

}
