package ai.slope.accounts;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts with unique emails, made through the real sign-up rules.
 */
public final class AccountFixture {

	public static final String PASSWORD = "tea with milk, no sugar";

	private static final AtomicInteger count = new AtomicInteger();

	private AccountFixture() {
	}

	public static Account create(Accounts accounts, Role role) {
		return create(accounts, role, Locale.ENGLISH);
	}

	public static Account create(Accounts accounts, Role role, Locale language) {
		int n = count.incrementAndGet();
		return accounts.signUp(new Accounts.SignUp("Person" + n + "@Fixture.Example", "Person " + n, PASSWORD, role,
				language));
	}

}
