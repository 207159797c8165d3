package ai.slope.accounts;

import java.time.Duration;

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

	void passwordReset(Account account, String token, Duration validity) {
		String link = link("/password/reset").queryParam("token", token).build().toUriString();
		send(account, "mail.password-reset.subject", "mail.password-reset.body", account.getDisplayName(), link,
				validity.toMinutes());
	}

	void passwordChanged(Account account) {
		String link = link("/password/forgot").build().toUriString();
		send(account, "mail.password-changed.subject", "mail.password-changed.body", account.getDisplayName(),
				link);
	}

	private UriComponentsBuilder link(String path) {
		return this.mailer.link(path);
	}

	private void send(Account to, String subjectKey, String bodyKey, Object... arguments) {
		this.mailer.send(to, subjectKey, null, bodyKey, arguments);
	}

}
