package ai.slope.accounts;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts with unique emails, made through the real sign-up rules.
 */
final class AccountFixture {

	static final String PASSWORD = "tea with milk, no sugar";

	private static final AtomicInteger count = new AtomicInteger();

	private AccountFixture() {
	}

	static Account create(Accounts accounts, Role role) {
		return create(accounts, role, Locale.ENGLISH);
	}

	static Account create(Accounts accounts, Role role, Locale language) {
		int n = count.incrementAndGet();
		return accounts.signUp(new Accounts.SignUp("Person" + n + "@Fixture.Example", "Person " + n, PASSWORD, role,
				language));
	}

}
