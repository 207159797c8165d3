package ai.slope.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The tokens of the unsubscribe links in alert mails: the alert's id and an HMAC-SHA256 of it, so that the
 * link works without a login and cannot be made for another alert. They do not expire (an old mail's link
 * keeps working). The key is {@code SLOPE_ALERTS_SECRET} when set (at least 32 characters); otherwise 32
 * random bytes that the first instance to need them stores in the {@code signing_key} table, where every
 * other instance, and every restart, finds them. Changing the secret voids the links of mails already sent.
 */
@Component
public class UnsubscribeTokens {

	static final String KEY_NAME = "alert-unsubscribe";

	static final int MIN_SECRET_LENGTH = 32;

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern TOKEN = Pattern.compile("([1-9][0-9]{0,18})\\.([A-Za-z0-9_-]{43})");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final byte[] configured;

	private volatile SecretKeySpec key;

	UnsubscribeTokens(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${slope.alerts.secret:}") String secret) {
		this.jdbc = jdbc;
		// the secret is kept in memory once read, so it must be committed whatever becomes of the caller's work
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		if (StringUtils.hasText(secret) && secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalStateException("SLOPE_ALERTS_SECRET (slope.alerts.secret) must have at least "
					+ MIN_SECRET_LENGTH + " characters; leave it empty to have Slope make one and keep it in the database");
		}
		this.configured = StringUtils.hasText(secret) ? secret.getBytes(StandardCharsets.UTF_8) : null;
	}

	public String tokenFor(long alertId) {
		return alertId + "." + encode(signature(alertId));
	}

	private static String encode(byte[] signature) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
	}

	/**
	 * The alert a token was made for, or empty when the token is not one of ours (tampered, cut short).
	 */
	public Optional<Long> alertIdOf(String token) {
		if (token == null) {
			return Optional.empty();
		}
		Matcher matcher = TOKEN.matcher(token.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		long alertId;
		try {
			alertId = Long.parseLong(matcher.group(1));
		}
		catch (NumberFormatException ex) {
			// nineteen digits can be more than an id holds: no alert of ours, the link is not valid (400)
			return Optional.empty();
		}
		// compared as text: the last of 43 base64 characters carries two unused bits, so comparing the decoded
		// bytes would take four spellings of one token
		byte[] given = matcher.group(2).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = encode(signature(alertId)).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(given, expected) ? Optional.of(alertId) : Optional.empty();
	}

	private byte[] signature(long alertId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key());
			return mac.doFinal((KEY_NAME + ":" + alertId).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			current = new SecretKeySpec((this.configured != null) ? this.configured : storedSecret(), ALGORITHM);
			this.key = current;
		}
		return current;
	}

	/**
	 * The stored secret, made now if there is none; when two instances make one at once, the first insert wins
	 * and both read it.
	 */
	private byte[] storedSecret() {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		return this.ownTransaction.execute(status -> {
			this.jdbc.update("insert into signing_key (name, secret) values (?, ?) on conflict (name) do nothing",
					KEY_NAME, fresh);
			return this.jdbc.queryForObject("select secret from signing_key where name = ?", byte[].class, KEY_NAME);
		});
	}

}
