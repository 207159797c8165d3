package ai.slope.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InputText;
import ai.slope.web.InvalidInputException;

/**
 * Signing up, changing passwords, suspending and reactivating: every change to an account goes through here,
 * so the rules (unique email whatever its case, the password policy) hold whichever page or job asks.
 */
@Service
public class Accounts {

	private static final Logger log = LoggerFactory.getLogger(Accounts.class);

	static final int MAX_EMAIL_LENGTH = 254;

	static final int MAX_DISPLAY_NAME_LENGTH = 80;

	/** Something, an at sign, something with a dot; no spaces. The mail server has the last word. */
	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

	private final AccountRepository accounts;

	private final PasswordResetTokenRepository resetTokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SignIns signIns;

	private final AccountMails mails;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	Accounts(AccountRepository accounts, PasswordResetTokenRepository resetTokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, SignIns signIns, AccountMails mails, Clock clock,
			ApplicationEventPublisher events, LoginThrottle throttle) {
		this.accounts = accounts;
		this.resetTokens = resetTokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.signIns = signIns;
		this.mails = mails;
		this.clock = clock;
		this.events = events;
		this.throttle = throttle;
	}

	/**
	 * What someone signing up gives.
	 * @param language the language of the mails the account will get
	 */
	public record SignUp(String email, String displayName, String password, Role role, Locale language) {
	}

	/**
	 * Every rule a sign-up breaks, so that a form can show them all at once; empty when it may go ahead.
	 * Whether the email has an account is not among them: the sign-up page does not tell ({@link SignUps}).
	 */
	@Transactional(readOnly = true)
	public List<InputProblem> problemsWithSignUp(SignUp request) {
		return problems(request, false, false);
	}

	/**
	 * Creates a job seeker's or recruiter's account at once, without the mailed link the sign-up page asks
	 * for ({@link SignUps}); for fixtures and tools that make accounts directly.
	 * @throws InvalidInputException when the email is malformed or taken, the name is blank or too
	 * long, the role is not one to sign up as, or the password breaks the policy
	 */
	@Transactional
	public Account signUp(SignUp request) {
		return create(request, false, false);
	}

	/**
	 * Creates an account of the demo data; only the demo module calls this, into an empty database.
	 */
	@Transactional
	public Account createDemoAccount(String email, String displayName, String password, Role role) {
		return create(new SignUp(email, displayName, password, role, Locale.ENGLISH), true, true);
	}

	@Transactional
	Account createAdmin(String email, String displayName, String password) {
		return create(new SignUp(email, displayName, password, Role.ADMIN, Locale.ENGLISH), true, false);
	}

	private Account create(SignUp request, boolean anyRole, boolean demo) {
		List<InputProblem> problems = problems(request, anyRole, true);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.get(0));
		}
		Account account = new Account(request.email().strip(), InputText.singleLine(request.displayName()).strip(),
				this.passwordEncoder.encode(request.password()), request.role(), request.language(), demo,
				this.clock.instant());
		try {
			// flush now, so that a concurrent sign-up with the same email fails here, on the unique index
			return this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException("email", "accounts.error.email.taken");
		}
	}

	/**
	 * Creates the account of a sign-up whose mailed link was opened, with the password hash kept since.
	 * @throws InvalidInputException when the email has an account by now
	 */
	Account createConfirmed(SignUpConfirmation signUp) {
		Account account = new Account(signUp.getEmail(), signUp.getDisplayName(), signUp.getPasswordHash(),
				signUp.getRole(), signUp.getLanguage(), false, this.clock.instant());
		try {
			return this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException("token", "accounts.error.signup-link.invalid");
		}
	}

	private List<InputProblem> problems(SignUp request, boolean anyRole, boolean checkTaken) {
		List<InputProblem> problems = new ArrayList<>();
		Optional<InputProblem> emailProblem = emailProblem(request.email());
		emailProblem.ifPresent(problems::add);
		if (checkTaken && emailProblem.isEmpty()
				&& this.accounts.findByEmailKey(EmailKey.of(request.email())).isPresent()) {
			problems.add(InputProblem.of("email", "accounts.error.email.taken"));
		}
		String displayName = (request.displayName() == null) ? "" : InputText.singleLine(request.displayName()).strip();
		if (displayName.isEmpty()) {
			problems.add(InputProblem.of("displayName", "accounts.error.display-name.required"));
		}
		else if (displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
			problems.add(InputProblem.of("displayName", "accounts.error.display-name.too-long",
					MAX_DISPLAY_NAME_LENGTH));
		}
		this.passwordPolicy.check(request.password(), request.email()).ifPresent(problems::add);
		if (request.role() == null || !(anyRole || request.role().canSignUp())) {
			problems.add(InputProblem.of("role", "accounts.error.role.invalid"));
		}
		return problems;
	}

	static Optional<InputProblem> emailProblem(String email) {
		String stripped = (email == null) ? "" : email.strip();
		if (stripped.isEmpty()) {
			return Optional.of(InputProblem.of("email", "accounts.error.email.required"));
		}
		if (stripped.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(stripped).matches()) {
			return Optional.of(InputProblem.of("email", "accounts.error.email.invalid"));
		}
		return Optional.empty();
	}

	/**
	 * The key an account's email is found and kept unique by ({@code account.email_key}): for code that writes
	 * accounts in bulk with SQL, such as the demo data.
	 */
	public static String emailKey(String email) {
		return EmailKey.of(email);
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return (email == null) ? Optional.empty() : this.accounts.findByEmailKey(EmailKey.of(email));
	}

	@Transactional(readOnly = true)
	public Optional<Account> findById(long id) {
		return this.accounts.findById(id);
	}

	@Transactional(readOnly = true)
	public boolean adminExists() {
		return this.accounts.existsByRole(Role.ADMIN);
	}

	/**
	 * The accounts of the given ids that exist, by id (for lists that show who did something).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Account> findAllById(Collection<Long> ids) {
		return this.accounts.findAllById(ids).stream().collect(Collectors.toMap(Account::getId, Function.identity()));
	}

	/**
	 * A page of the accounts that match, in the order the pageable asks for.
	 */
	@Transactional(readOnly = true)
	public Page<Account> search(AccountQuery query, Pageable pageable) {
		String text = query.text();
		return this.accounts.search(AccountRepository.containing((text == null) ? null : text.toLowerCase(Locale.ROOT)),
				AccountRepository.containing((text == null) ? null : EmailKey.of(text)), query.role(), query.suspended(),
				pageable);
	}

	/**
	 * How many accounts each role has, every role included.
	 */
	@Transactional(readOnly = true)
	public Map<Role, Long> countByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, this.accounts.countByRole(role));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	public long countSuspended() {
		return this.accounts.countBySuspendedTrue();
	}

	@Transactional(readOnly = true)
	public List<Account> demoAccounts() {
		return this.accounts.findByDemoTrueOrderById();
	}

	/**
	 * Whether the password is the account's current one (for the demo logins the run command prints).
	 */
	@Transactional(readOnly = true)
	public boolean hasPassword(String email, String password) {
		return findByEmail(email).map(a -> this.passwordEncoder.matches(password, a.getPasswordHash())).orElse(false);
	}

	/**
	 * Changes the password of a logged-in person who knows the current one. Every other session of the
	 * account ends and its remember-me tokens and open reset links stop working; a mail tells the owner. The
	 * current password is checked within the login limits of the account and the address ({@link LoginThrottle}),
	 * so a stolen session cannot guess it faster than the login page could.
	 * @param keptSessionId the session that asked, which stays logged in (null for none)
	 * @param address the address the request came from (null when not known)
	 * @throws TooManyAttemptsException when the account or the address has no attempts left
	 * @throws InvalidInputException when the current password is wrong or the new one breaks the
	 * policy
	 */
	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword, String keptSessionId,
			String address) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		LoginThrottle.Attempt attempt;
		try {
			attempt = this.throttle.beforePasswordCheck(accountId, address);
		}
		catch (LoginThrottledException ex) {
			throw new TooManyAttemptsException("currentPassword", ex.getWaitMinutes());
		}
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "accounts.error.password.current-wrong");
		}
		attempt.succeeded();
		this.passwordPolicy.check("newPassword", newPassword, account.getEmail()).ifPresent(problem -> {
			throw new InvalidInputException(problem);
		});
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new InvalidInputException("newPassword", "accounts.error.password.unchanged");
		}
		setPassword(account, newPassword, keptSessionId, null);
		log.info("Account {} changed its password", account.getId());
	}

	/**
	 * Sets a new password (already checked against the policy), ends the other sign-ins and tells the owner.
	 * @param mailLanguage the language of the mail that tells the owner, or {@code null} for the account's
	 */
	void setPassword(Account account, String newPassword, String keptSessionId, Locale mailLanguage) {
		account.changePasswordHash(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.resetTokens.useAllOf(account, this.clock.instant());
		this.signIns.endAllExcept(account.getEmail(), keptSessionId);
		this.mails.passwordChanged(account, mailLanguage);
	}

	/**
	 * Suspends an account: it cannot log in any more, and its sessions and remember-me tokens end now.
	 */
	@Transactional
	public void suspend(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		account.suspend();
		this.signIns.endAll(account.getEmail());
		this.events.publishEvent(new AccountSuspended(accountId));
		log.info("Account {} suspended", accountId);
	}

	@Transactional
	public void reactivate(long accountId) {
		this.accounts.findById(accountId).orElseThrow().reactivate();
		this.events.publishEvent(new AccountReactivated(accountId));
		log.info("Account {} reactivated", accountId);
	}

	/**
	 * Gives an account another role (an admin makes another admin, say). Its sessions and remember-me tokens
	 * end, since they carry the old role; the next login has the new one.
	 * @return the role it had
	 */
	@Transactional
	public Role changeRole(long accountId, Role role) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		Role old = account.getRole();
		if (old != role) {
			account.changeRole(role);
			this.signIns.endAll(account.getEmail());
			log.info("Account {} changed from {} to {}", accountId, old, role);
		}
		return old;
	}

	/**
	 * Remembers the language someone used last, for the mails Slope sends them.
	 */
	@Transactional
	void rememberLanguage(long accountId, Locale language) {
		this.accounts.findById(accountId).ifPresent(account -> account.changeLanguage(language));
	}

}
