package ai.slope.accounts;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mails about accounts, in the account's language. They go through the SMTP server of
 * {@code spring.mail.host}; when none is configured (the embedded run) each mail is written to the log,
 * links included, so that a person trying Slope can still reset a password.
 */
@Component
class AccountMails {

	private final Mailer mailer;

	AccountMails(Mailer mailer) {
		this.mailer = mailer;
	}

	/**
	 * The reset link, in the language of the page it was asked from (the account's may differ: whoever asks is not
	 * logged in); the link opens the reset page in that language too.
	 */
	void passwordReset(Account account, String token, Duration validity, Locale language) {
		String link = link("/password/reset").queryParam("token", token)
			.queryParam("lang", Account.languageTag(language))
			.build()
			.toUriString();
		this.mailer.send(account, language, "mail.password-reset.subject", "mail.password-reset.body",
				account.getDisplayName(), link, validity.toMinutes());
	}

	/**
	 * Tells the owner the password changed, in the given language (the page's, for a reset by mailed link), or
	 * the account's when {@code null}.
	 */
	void passwordChanged(Account account, Locale language) {
		String link = link("/password/forgot").queryParam("lang", Account.languageTag(
				(language != null) ? language : account.getLanguage())).build().toUriString();
		this.mailer.send(account, (language != null) ? language : account.getLanguage(),
				"mail.password-changed.subject", "mail.password-changed.body", account.getDisplayName(), link);
	}

	/**
	 * The link that creates the account of a sign-up, to the email it was made with, in the language of the
	 * page it was made on.
	 */
	void signUpConfirmation(SignUpConfirmation signUp, String token, Duration validity) {
		String link = link("/signup/confirm").queryParam("token", token)
			.queryParam("lang", Account.languageTag(signUp.getLanguage()))
			.build()
			.toUriString();
		this.mailer.sendToEmail(signUp.getEmail(), signUp.getLanguage(), "mail.sign-up.subject", "mail.sign-up.body",
				signUp.getDisplayName(), link, validity.toHours());
	}

	/**
	 * Tells the owner of an account that someone signed up with its email (the page said the same as for a new
	 * email, so only the owner learns that the account exists).
	 */
	void signUpAttempted(Account account) {
		send(account, "mail.sign-up-existing.subject", "mail.sign-up-existing.body", account.getDisplayName(),
				link("/login").build().toUriString(), link("/password/forgot").build().toUriString());
	}

	private UriComponentsBuilder link(String path) {
		return this.mailer.link(path);
	}

	private void send(Account to, String subjectKey, String bodyKey, Object... arguments) {
		this.mailer.sendQuietly(to, subjectKey, bodyKey, arguments);
	}

}
