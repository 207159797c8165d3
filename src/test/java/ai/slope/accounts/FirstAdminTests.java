package ai.slope.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class FirstAdminTests {

	@Autowired
	Accounts accounts;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstAdminIsCreatedAtStartUpFromTheSettings() throws Exception {
		Account admin = this.accounts.findByEmail(WebIntegrationTest.ADMIN_EMAIL.toLowerCase()).orElseThrow();

		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getDisplayName()).isEqualTo("Ada Admin");
		assertThat(admin.isDemo()).isFalse();
		assertThat(new WebSession(this.mvc).logIn(WebIntegrationTest.ADMIN_EMAIL,
				WebIntegrationTest.ADMIN_PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void onceAnAdminExistsTheSettingsAreIgnored() {
		assertThat(this.firstAdmin.createIfNoAdmin()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from account where role = 'ADMIN'", Integer.class))
			.isOne();
	}

	@Test
	void noDemoAccountExistsOutsideTheDemoData() {
		assertThat(this.accounts.demoAccounts()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from account where email like '%@demo.slope.example'",
				Integer.class))
			.isZero();
	}

}
