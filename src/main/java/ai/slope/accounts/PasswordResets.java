package ai.slope.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InvalidInputException;

/**
 * Resetting a forgotten password by mail. The link carries a random token of 256 bits; only its SHA-256 is
 * stored. It works once, until it expires, and not after the password changed some other way. Whether an
 * account exists for an email is never revealed.
 */
@Service
public class PasswordResets {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	/** At most this many reset mails per account and hour, so nobody can flood someone's inbox. */
	static final int MAX_MAILS_PER_HOUR = 3;

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordResetTokenRepository tokens;

	private final PasswordPolicy passwordPolicy;

	private final Accounts accountService;

	private final AccountMails mails;

	private final Duration validity;

	private final Clock clock;

	PasswordResets(AccountRepository accounts, PasswordResetTokenRepository tokens, PasswordPolicy passwordPolicy,
			Accounts accountService, AccountMails mails,
			@Value("${slope.accounts.password-reset-validity:PT1H}") Duration validity, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordPolicy = passwordPolicy;
		this.accountService = accountService;
		this.mails = mails;
		this.validity = validity;
		this.clock = clock;
	}

	/**
	 * How long a mailed link works.
	 */
	public Duration validity() {
		return this.validity;
	}

	/**
	 * Mails a reset link if an active account has this email; does nothing otherwise, so the caller answers
	 * the same either way.
	 * @param language the language of the page it was asked from, which the mail is in: whoever asks is not
	 * logged in, so the account's own language may not be the one they read
	 */
	@Transactional
	public void requestReset(String email, Locale language) {
		Optional<Account> found = (email == null) ? Optional.empty() : this.accounts.findByEmailKey(EmailKey.of(email));
		if (found.isEmpty() || found.get().isSuspended()) {
			log.info("Password reset asked for an email without an active account");
			return;
		}
		Account account = found.get();
		Instant now = this.clock.instant();
		if (this.tokens.countByAccountAndCreatedAtAfter(account, now.minus(Duration.ofHours(1))) >= MAX_MAILS_PER_HOUR) {
			log.warn("Password reset for account {} not mailed: {} mails in the last hour already", account.getId(),
					MAX_MAILS_PER_HOUR);
			return;
		}
		this.tokens.deleteExpiredBefore(now.minus(Duration.ofDays(1)));
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new PasswordResetToken(account, hash(token), now, now.plus(this.validity)));
		this.mails.passwordReset(account, token, this.validity, language);
	}

	/**
	 * Whether the token from a link can still set a password.
	 */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return token != null && !token.isBlank() && this.tokens.findByTokenHash(hash(token))
			.filter(t -> t.isUsable(this.clock.instant()))
			.filter(t -> !t.getAccount().isSuspended())
			.isPresent();
	}

	/**
	 * Sets a new password with the token from a link, and uses the token up. Every session and remember-me
	 * token of the account ends, and the owner is told in the language of the page the password was set on.
	 * @throws InvalidInputException when the token is unknown, used or expired (field {@code token}) or
	 * the password breaks the policy (field {@code password})
	 */
	@Transactional
	public void reset(String token, String newPassword, Locale language) {
		Instant now = this.clock.instant();
		PasswordResetToken reset = (token == null || token.isBlank()) ? null
				: this.tokens.findByTokenHashForUpdate(hash(token)).orElse(null);
		if (reset == null || !reset.isUsable(now) || reset.getAccount().isSuspended()) {
			throw new InvalidInputException("token", "accounts.error.reset.invalid");
		}
		Account account = reset.getAccount();
		this.passwordPolicy.check(newPassword, account.getEmail()).ifPresent(problem -> {
			throw new InvalidInputException(problem);
		});
		reset.use(now);
		this.accountService.setPassword(account, newPassword, null, language);
		log.info("Account {} reset its password with a mailed link", account.getId());
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
