package ai.slope.accounts.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ai.slope.accounts.ThrottleBuckets;

/**
 * Limits the sign-ups one address may make: at most {@code slope.accounts.sign-ups-per-address-per-hour}
 * (10 by default) in an hour, counted when a sign-up passed every check of its form, so typing mistakes cost
 * nothing. A few per hour are plenty for one household or office; scripts filling the database with accounts
 * (or mailing strangers through the sign-up form) are stopped. Like the login limits, the counts are in
 * PostgreSQL ({@link ThrottleBuckets}), shared by every instance.
 */
@Component
class SignUpThrottle {

	static final Duration WINDOW = Duration.ofHours(1);

	private static final String LIMIT = "sign-up-address";

	private final int perAddress;

	private final ThrottleBuckets buckets;

	SignUpThrottle(@Value("${slope.accounts.sign-ups-per-address-per-hour:10}") int perAddress,
			ThrottleBuckets buckets) {
		this.perAddress = perAddress;
		this.buckets = buckets;
	}

	/**
	 * Takes one sign-up of the address, if it has one left.
	 */
	boolean tryTake(String address) {
		return this.buckets.bucket(LIMIT, String.valueOf(address), this.perAddress, WINDOW).tryConsume(1);
	}

	int perAddress() {
		return this.perAddress;
	}

}
