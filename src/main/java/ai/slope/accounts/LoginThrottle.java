package ai.slope.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Limits password checks with Bucket4j: at most {@value #PER_ACCOUNT} per account and {@value #PER_ADDRESS}
 * per address in {@link #WINDOW 15 minutes}, however many arrive at once. Every check takes a token from both
 * buckets, together and before the password is hashed, so attempts that arrive while others are still hashing
 * are counted too; one bucket short means no check at all. A right password gives both tokens back and clears
 * the account's count (its owner is back); a wrong one keeps them. Logins and the current password of "change
 * password" draw on the same account bucket.
 * <p>
 * The account bucket belongs to the account, found once by its {@link EmailKey}, not to how its email was
 * spelt; an email without an account gets a bucket of its key. The counts live in this instance's memory:
 * with several instances behind a load balancer each counts on its own, so the limits are per instance.
 */
@Component
class LoginThrottle {

	static final int PER_ACCOUNT = 5;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/** Past this many keys, keys without a recent failure are dropped, so guessed emails cannot fill memory. */
	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final AccountRepository accountRepository;

	LoginThrottle(AccountRepository accountRepository) {
		this.accountRepository = accountRepository;
	}

	/**
	 * Takes the tokens for checking a password typed at login.
	 * @throws LoginThrottledException when the account or the address has none left
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
	 */
	Attempt beforePasswordCheck(long accountId, String address) {
		return take(accountKey(accountId), address);
	}

	private static String accountKey(long accountId) {
		return "account:" + accountId;
	}

	private synchronized Attempt take(String accountKey, String address) {
		forgetIdleKeys(this.accounts, PER_ACCOUNT);
		forgetIdleKeys(this.addresses, PER_ADDRESS);
		Bucket account = this.accounts.computeIfAbsent(accountKey, key -> bucket(PER_ACCOUNT));
		ConsumptionProbe fromAccount = account.tryConsumeAndReturnRemaining(1);
		if (!fromAccount.isConsumed()) {
			throw new LoginThrottledException(Duration.ofNanos(fromAccount.getNanosToWaitForRefill()));
		}
		Bucket fromAddress = null;
		if (address != null) {
			fromAddress = this.addresses.computeIfAbsent(address, key -> bucket(PER_ADDRESS));
			ConsumptionProbe probe = fromAddress.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				account.addTokens(1);
				throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}
		return new Attempt(accountKey, account, fromAddress);
	}

	private static Bucket bucket(int checks) {
		return Bucket.builder().addLimit(limit -> limit.capacity(checks).refillIntervally(checks, WINDOW)).build();
	}

	private static void forgetIdleKeys(Map<String, Bucket> buckets, int capacity) {
		if (buckets.size() > MAX_KEYS) {
			buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
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
			synchronized (LoginThrottle.this) {
				LoginThrottle.this.accounts.remove(this.accountKey, this.account);
				giveBackAddressToken();
			}
		}

		/**
		 * The check did not happen or did not judge the password (a failure of the database, say): the
		 * tokens go back.
		 */
		void notChecked() {
			synchronized (LoginThrottle.this) {
				this.account.addTokens(1);
				giveBackAddressToken();
			}
		}

		private void giveBackAddressToken() {
			if (this.address != null) {
				this.address.addTokens(1);
			}
		}

	}

}
