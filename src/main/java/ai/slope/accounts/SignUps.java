package ai.slope.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.github.bucket4j.Bucket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InputText;
import ai.slope.web.InvalidInputException;

/**
 * Signing up on the page, without telling anyone whether an email has an account. Every sign-up that keeps
 * the rules gets the same answer ("check your mail"): for a new email a link that creates the account and
 * logs in (a random token of 256 bits, only its SHA-256 stored, working once for {@value #VALIDITY_HOURS}
 * hours); for an email with an account a mail to its owner saying someone tried, with links to log in and to
 * set a new password. The password is hashed either way, so the answer takes as long. At most
 * {@value #MAX_MAILS_PER_HOUR} links per email and {@value #MAX_MAILS_PER_HOUR} owner notices per account are
 * mailed in an hour, so nobody can flood a stranger's inbox (the notices are counted in PostgreSQL,
 * {@link ThrottleBuckets}, across every instance).
 */
@Service
public class SignUps {

	private static final Logger log = LoggerFactory.getLogger(SignUps.class);

	static final int VALIDITY_HOURS = 24;

	static final Duration VALIDITY = Duration.ofHours(VALIDITY_HOURS);

	static final int MAX_MAILS_PER_HOUR = 3;

	private static final String OWNER_NOTICE_LIMIT = "sign-up-owner-notice";

	private static final SecureRandom random = new SecureRandom();

	private final Accounts accounts;

	private final AccountRepository accountRepository;

	private final SignUpConfirmationRepository confirmations;

	private final PasswordEncoder passwordEncoder;

	private final AccountMails mails;

	private final Clock clock;

	private final ThrottleBuckets buckets;

	SignUps(Accounts accounts, AccountRepository accountRepository, SignUpConfirmationRepository confirmations,
			PasswordEncoder passwordEncoder, AccountMails mails, ThrottleBuckets buckets, Clock clock) {
		this.accounts = accounts;
		this.accountRepository = accountRepository;
		this.confirmations = confirmations;
		this.passwordEncoder = passwordEncoder;
		this.mails = mails;
		this.buckets = buckets;
		this.clock = clock;
	}

	/**
	 * How long a mailed sign-up link works, in hours.
	 */
	public long validityHours() {
		return VALIDITY_HOURS;
	}

	/**
	 * Mails the link that creates the account, or tells the owner of the account the email has already.
	 * @throws InvalidInputException when the sign-up breaks a rule (the first of
	 * {@link Accounts#problemsWithSignUp})
	 */
	@Transactional
	public void request(Accounts.SignUp request) {
		List<InputProblem> problems = this.accounts.problemsWithSignUp(request);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.get(0));
		}
		String passwordHash = this.passwordEncoder.encode(request.password());
		String key = EmailKey.of(request.email());
		Optional<Account> existing = this.accountRepository.findByEmailKey(key);
		if (existing.isPresent()) {
			tellOwner(existing.get());
			return;
		}
		Instant now = this.clock.instant();
		this.confirmations.deleteExpiredBefore(now);
		if (this.confirmations.countByEmailKeyAndCreatedAtAfter(key, now.minus(Duration.ofHours(1))) >= MAX_MAILS_PER_HOUR) {
			log.warn("Sign-up link not mailed: {} links for that email in the last hour already", MAX_MAILS_PER_HOUR);
			return;
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		SignUpConfirmation signUp = this.confirmations.save(new SignUpConfirmation(PasswordResets.hash(token),
				request.email().strip(), InputText.singleLine(request.displayName()).strip(), passwordHash, request.role(),
				request.language(), now, now.plus(VALIDITY)));
		this.mails.signUpConfirmation(signUp, token, VALIDITY);
	}

	private void tellOwner(Account owner) {
		Bucket notices = this.buckets.bucket(OWNER_NOTICE_LIMIT, Long.toString(owner.getId()), MAX_MAILS_PER_HOUR,
				Duration.ofHours(1));
		if (!notices.tryConsume(1)) {
			log.warn("Sign-up with the email of account {}: owner not told, {} notices in the last hour already",
					owner.getId(), MAX_MAILS_PER_HOUR);
			return;
		}
		log.info("Sign-up with the email of account {}: its owner is told", owner.getId());
		this.mails.signUpAttempted(owner);
	}

	/**
	 * The email a link's token would create an account for, while the link works.
	 */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.confirmations.findByTokenHash(PasswordResets.hash(token))
			.filter(signUp -> signUp.isUsable(this.clock.instant()))
			.filter(signUp -> this.accountRepository.findIdByEmailKey(signUp.getEmailKey()).isEmpty())
			.map(SignUpConfirmation::getEmail);
	}

	/**
	 * Creates the account of the link's sign-up; the link, and every other pending sign-up of the email, stop
	 * working.
	 * @throws InvalidInputException (field {@code token}) when the link is unknown, used or expired, or
	 * the email has an account by now
	 */
	@Transactional
	public Account confirm(String token) {
		Instant now = this.clock.instant();
		SignUpConfirmation signUp = (token == null || token.isBlank()) ? null
				: this.confirmations.findByTokenHashForUpdate(PasswordResets.hash(token)).orElse(null);
		if (signUp == null || !signUp.isUsable(now)) {
			throw new InvalidInputException("token", "accounts.error.signup-link.invalid");
		}
		this.confirmations.deleteByEmailKeyOrExpiredBefore(signUp.getEmailKey(), now);
		if (this.accountRepository.findIdByEmailKey(signUp.getEmailKey()).isPresent()) {
			throw new InvalidInputException("token", "accounts.error.signup-link.invalid");
		}
		Account account = this.accounts.createConfirmed(signUp);
		log.info("Account {} created from a confirmed sign-up", account.getId());
		return account;
	}

}
