package ai.slope.accounts.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the sign-ups one address may make: at most {@code slope.accounts.sign-ups-per-address-per-hour}
 * (10 by default) in an hour, counted when a sign-up passed every check of its form, so typing mistakes cost
 * nothing. A few per hour are plenty for one household or office; scripts filling the database with accounts
 * (or mailing strangers through the sign-up form) are stopped. Like the login limits, the counts are in this
 * instance's memory.
 */
@Component
class SignUpThrottle {

	static final Duration WINDOW = Duration.ofHours(1);

	/** Past this many addresses, addresses that could sign up in full again are forgotten. */
	private static final int MAX_KEYS = 100_000;

	private final int perAddress;

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	SignUpThrottle(@Value("${slope.accounts.sign-ups-per-address-per-hour:10}") int perAddress) {
		this.perAddress = perAddress;
	}

	/**
	 * Takes one sign-up of the address, if it has one left.
	 */
	boolean tryTake(String address) {
		if (this.addresses.size() > MAX_KEYS) {
			this.addresses.values().removeIf(bucket -> bucket.getAvailableTokens() >= this.perAddress);
		}
		return this.addresses
			.computeIfAbsent(String.valueOf(address),
					key -> Bucket.builder()
						.addLimit(limit -> limit.capacity(this.perAddress).refillIntervally(this.perAddress, WINDOW))
						.build())
			.tryConsume(1);
	}

	int perAddress() {
		return this.perAddress;
	}

}
