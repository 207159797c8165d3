package ai.slope.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.web.BannerLines;

/**
 * One demo account per role, made with the demo data; the start-up banner lists their logins so that a
 * person trying Slope can use all three roles. They exist only in a database the demo data filled.
 */
@Component
@ConditionalOnBooleanProperty("slope.demo.enabled")
class DemoAccounts implements BannerLines {

	static final List<Login> LOGINS = List.of(
			new Login(Role.SEEKER, "seeker@demo.slope.example", "Sam Seeker", "slope-demo-seeker"),
			new Login(Role.RECRUITER, "recruiter@demo.slope.example", "Riley Recruiter", "slope-demo-recruiter"),
			new Login(Role.ADMIN, "admin@demo.slope.example", "Avery Admin", "slope-demo-admin"));

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Creates the demo accounts; called by {@link DemoData} in its transaction.
	 */
	void create() {
		for (Login login : LOGINS) {
			this.accounts.createDemoAccount(login.email(), login.displayName(), login.password(), login.role());
		}
	}

	@Override
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		for (Login login : LOGINS) {
			this.accounts.findByEmail(login.email()).filter(account -> account.isDemo()).ifPresent(account -> {
				String password = this.accounts.hasPassword(login.email(), login.password()) ? login.password()
						: "(password changed since)";
				lines.add(String.format("  %-10s %-30s %s", login.role().name().toLowerCase(), login.email(), password));
			});
		}
		if (!lines.isEmpty()) {
			lines.add(0, "Demo logins (role, email, password):");
		}
		return lines;
	}

	record Login(Role role, String email, String displayName, String password) {
	}

}
