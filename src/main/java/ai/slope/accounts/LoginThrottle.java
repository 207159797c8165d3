package ai.slope.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins with Bucket4j: after {@value #PER_ACCOUNT} failures on one account, or
 * {@value #PER_ADDRESS} from one address, further attempts are refused until the 15 minutes that started
 * with the first failure are over. A successful login clears the account's count (not the address's).
 * <p>
 * The counts live in this instance's memory: with several instances behind a load balancer each counts
 * on its own, so the limits are per instance.
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

	/**
	 * How long the next attempt must wait, or empty when it may go ahead.
	 */
	Optional<Duration> refusal(String email, String address) {
		Duration wait = Duration.ZERO;
		Bucket account = this.accounts.get(accountKey(email));
		if (account != null) {
			wait = max(wait, waitFor(account));
		}
		Bucket fromAddress = (address != null) ? this.addresses.get(address) : null;
		if (fromAddress != null) {
			wait = max(wait, waitFor(fromAddress));
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String email, String address) {
		this.accounts.computeIfAbsent(accountKey(email), key -> bucket(PER_ACCOUNT)).tryConsume(1);
		if (address != null) {
			this.addresses.computeIfAbsent(address, key -> bucket(PER_ADDRESS)).tryConsume(1);
		}
		forgetIdleKeys(this.accounts, PER_ACCOUNT);
		forgetIdleKeys(this.addresses, PER_ADDRESS);
	}

	void succeeded(String email) {
		this.accounts.remove(accountKey(email));
	}

	private static Duration waitFor(Bucket bucket) {
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static Bucket bucket(int failures) {
		return Bucket.builder().addLimit(limit -> limit.capacity(failures).refillIntervally(failures, WINDOW)).build();
	}

	private static void forgetIdleKeys(Map<String, Bucket> buckets, int capacity) {
		if (buckets.size() > MAX_KEYS) {
			buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
		}
	}

	private static String accountKey(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
