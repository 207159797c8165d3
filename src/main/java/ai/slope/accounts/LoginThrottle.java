package ai.slope.accounts;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Limits password checks with Bucket4j: at most {@value #PER_ACCOUNT} per account and {@value #PER_ADDRESS}
 * per address in {@link #WINDOW 15 minutes}, however many arrive at once. Every check takes a token from both
 * buckets before the password is hashed, so attempts that arrive while others are still hashing are counted
 * too; one bucket short means no check at all (and the other bucket's token goes back). A right password gives
 * both tokens back and clears the account's count (its owner is back); a wrong one keeps them. Logins and the
 * current password of "change password" draw on the same account bucket.
 * <p>
 * The account bucket belongs to the account, found once by its {@link EmailKey}, not to how its email was
 * spelt; an email without an account gets a bucket of its key. The buckets live in PostgreSQL
 * ({@link ThrottleBuckets}), so every instance of Slope on the database counts against the same limits; when the
 * database is out of reach no password is checked (the login page answers 503, as every page then does).
 */
@Component
class LoginThrottle {

	static final int PER_ACCOUNT = 5;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final String ACCOUNT_LIMIT = "login-account";

	private static final String ADDRESS_LIMIT = "login-address";

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final AccountRepository accountRepository;

	private final ThrottleBuckets buckets;

	LoginThrottle(AccountRepository accountRepository, ThrottleBuckets buckets) {
		this.accountRepository = accountRepository;
		this.buckets = buckets;
	}

	/**
	 * Takes the tokens for checking a password typed at login.
	 * @throws LoginThrottledException when the account or the address has none left
	 * @throws BucketExceptions.BucketExecutionException when the buckets cannot be read (the database is out of
	 * reach)
	 */
	Attempt beforeLogin(String email, String address) {
		String key = EmailKey.of(email);
		String accountKey = this.accountRepository.findIdByEmailKey(key)
			.map(LoginThrottle::accountKey)
			.orElse("email:" + key);
		return take(accountKey, address);
	}

	/**
	 * Takes the tokens for checking the current password of a logged-in account.
	 * @throws LoginThrottledException when the account or the address has none left
	 * @throws BucketExceptions.BucketExecutionException when the buckets cannot be read (the database is out of
	 * reach)
	 */
	Attempt beforePasswordCheck(long accountId, String address) {
		return take(accountKey(accountId), address);
	}

	private static String accountKey(long accountId) {
		return "account:" + accountId;
	}

	private Attempt take(String accountKey, String address) {
		Bucket account = this.buckets.bucket(ACCOUNT_LIMIT, accountKey, PER_ACCOUNT, WINDOW);
		ConsumptionProbe fromAccount = account.tryConsumeAndReturnRemaining(1);
		if (!fromAccount.isConsumed()) {
			throw new LoginThrottledException(Duration.ofNanos(fromAccount.getNanosToWaitForRefill()));
		}
		Bucket fromAddress = null;
		if (address != null) {
			fromAddress = this.buckets.bucket(ADDRESS_LIMIT, address, PER_ADDRESS, WINDOW);
			ConsumptionProbe probe;
			try {
				probe = fromAddress.tryConsumeAndReturnRemaining(1);
			}
			catch (RuntimeException ex) {
				giveBack(account);
				throw ex;
			}
			if (!probe.isConsumed()) {
				giveBack(account);
				throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}
		return new Attempt(accountKey, account, fromAddress);
	}

	/**
	 * Gives a token back, or logs that it could not: an outage between taking and giving back costs the person
	 * one attempt of their window, which is better than failing a login whose password was already judged.
	 */
	private static void giveBack(Bucket bucket) {
		try {
			bucket.addTokens(1);
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			log.warn("A login attempt's token could not be given back: {}", ex.getMessage());
		}
	}

	/**
	 * A password check the throttle let through, holding its tokens until it says how it went.
	 */
	final class Attempt {

		private final String accountKey;

		private final Bucket account;

		private final Bucket address;

		private Attempt(String accountKey, Bucket account, Bucket address) {
			this.accountKey = accountKey;
			this.account = account;
			this.address = address;
		}

		/**
		 * The password was right: the tokens go back and the account's earlier failures are forgiven.
		 */
		void succeeded() {
			try {
				LoginThrottle.this.buckets.forget(ACCOUNT_LIMIT, this.accountKey, PER_ACCOUNT);
			}
			catch (BucketExceptions.BucketExecutionException ex) {
				log.warn("The failed logins of an account could not be forgotten: {}", ex.getMessage());
			}
			giveBackAddressToken();
		}

		/**
		 * The check did not happen or did not judge the password (a failure of the database, say): the
		 * tokens go back.
		 */
		void notChecked() {
			giveBack(this.account);
			giveBackAddressToken();
		}

		private void giveBackAddressToken() {
			if (this.address != null) {
				giveBack(this.address);
			}
		}

	}

}
