package ai.slope.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The HMAC-SHA256 keys that sign what Slope hands out and must recognise later (the unsubscribe links of alert
 * mails, the aliases of blind review), the same on every instance and after every restart. A key is its setting
 * when one is configured (at least {@value #MIN_SECRET_LENGTH} characters); otherwise 32 random bytes that the first
 * instance to need them stores in the {@code signing_key} table under the key's name, where every other instance
 * and every restart finds them. Changing a key voids what it signed.
 */
@Component
public class SigningKeys {

	public static final int MIN_SECRET_LENGTH = 32;

	private static final String ALGORITHM = "HmacSHA256";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	SigningKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		// a key is kept in memory once read, so it must be committed whatever becomes of the caller's work
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The key of this name.
	 * @param configured the configured secret, or empty to use the stored one
	 * @param setting how the secret is configured, for the message when it is too short
	 * ({@code "SLOPE_ALERTS_SECRET (slope.alerts.secret)"})
	 * @throws IllegalStateException when a configured secret is too short
	 */
	public Key key(String name, String configured, String setting) {
		if (StringUtils.hasText(configured) && configured.length() < MIN_SECRET_LENGTH) {
			throw new IllegalStateException(setting + " must have at least " + MIN_SECRET_LENGTH
					+ " characters; leave it empty to have Slope make one and keep it in the database");
		}
		return new Key(name, StringUtils.hasText(configured) ? configured.getBytes(StandardCharsets.UTF_8) : null);
	}

	/**
	 * One key; the stored one is read (or made) when it first signs.
	 */
	public final class Key {

		private final String name;

		private final byte[] configured;

		private volatile SecretKeySpec spec;

		private Key(String name, byte[] configured) {
			this.name = name;
			this.configured = configured;
		}

		/**
		 * The HMAC-SHA256 of the text under this key.
		 */
		public byte[] sign(String text) {
			try {
				Mac mac = Mac.getInstance(ALGORITHM);
				mac.init(spec());
				return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private SecretKeySpec spec() {
			SecretKeySpec current = this.spec;
			if (current == null) {
				current = new SecretKeySpec((this.configured != null) ? this.configured : stored(this.name), ALGORITHM);
				this.spec = current;
			}
			return current;
		}

	}

	/**
	 * The stored secret of the name, made now if there is none; when two instances make one at once, the first
	 * insert wins and both read it.
	 */
	private byte[] stored(String name) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		return this.ownTransaction.execute(status -> {
			this.jdbc.update("insert into signing_key (name, secret) values (?, ?) on conflict (name) do nothing", name,
					fresh);
			return this.jdbc.queryForObject("select secret from signing_key where name = ?", byte[].class, name);
		});
	}

}
