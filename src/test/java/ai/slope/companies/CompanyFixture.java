package ai.slope.companies;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;

/**
 * Recruiters, their companies and their logged-in browsers, made through the real services.
 */
@Component
public class CompanyFixture {

	private final Accounts accounts;

	private final Companies companies;

	CompanyFixture(Accounts accounts, Companies companies) {
		this.accounts = accounts;
		this.companies = companies;
	}

	public Account recruiter() {
		return AccountFixture.create(this.accounts, Role.RECRUITER);
	}

	public Account recruiter(Locale language) {
		return AccountFixture.create(this.accounts, Role.RECRUITER, language);
	}

	/**
	 * A company with a unique name that starts with the given one, created by the recruiter.
	 */
	public Company company(Account creator, String name) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		return this.companies.create(creator.getId(),
				new Companies.Profile(unique, "https://example.com", "We train models.", "US", SizeBand.SMALL));
	}

}
