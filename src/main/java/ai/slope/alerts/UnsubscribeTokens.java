package ai.slope.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ai.slope.system.SigningKeys;

/**
 * The tokens of the unsubscribe links in alert mails: the alert's id and an HMAC-SHA256 of it, so that the
 * link works without a login and cannot be made for another alert. They do not expire (an old mail's link
 * keeps working). The key ({@link SigningKeys}) is {@code SLOPE_ALERTS_SECRET} when set (at least 32 characters);
 * otherwise one stored in the database for every instance. Changing the secret voids the links of mails already
 * sent.
 */
@Component
public class UnsubscribeTokens {

	static final String KEY_NAME = "alert-unsubscribe";

	private static final Pattern TOKEN = Pattern.compile("([1-9][0-9]{0,18})\\.([A-Za-z0-9_-]{43})");

	private final SigningKeys.Key key;

	UnsubscribeTokens(SigningKeys keys, @Value("${slope.alerts.secret:}") String secret) {
		this.key = keys.key(KEY_NAME, secret, "SLOPE_ALERTS_SECRET (slope.alerts.secret)");
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
		return this.key.sign(KEY_NAME + ":" + alertId);
	}

}
