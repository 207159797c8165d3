package ai.slope.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyMemberships;
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

	private final CompanyMemberships memberships;

	DemoAccounts(Accounts accounts, CompanyMemberships memberships) {
		this.accounts = accounts;
		this.memberships = memberships;
	}

	/**
	 * Creates the demo accounts; called by {@link DemoData} in its transaction. The demo recruiter is a
	 * member of the given company.
	 */
	void create(Company recruitersCompany) {
		for (Login login : LOGINS) {
			Account account = this.accounts.createDemoAccount(login.email(), login.displayName(), login.password(),
					login.role());
			if (login.role() == Role.RECRUITER) {
				this.memberships.addActiveMember(recruitersCompany.getId(), account.getId(), null);
			}
		}
	}

	/**
	 * The demo account of that role.
	 */
	Account account(Role role) {
		Login login = LOGINS.stream().filter(l -> l.role() == role).findFirst().orElseThrow();
		return this.accounts.findByEmail(login.email()).orElseThrow();
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
