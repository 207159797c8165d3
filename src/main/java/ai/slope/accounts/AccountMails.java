package ai.slope.accounts;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mails about accounts, in the account's language. They go through the SMTP server of
 * {@code spring.mail.host}; when none is configured (the embedded run) each mail is written to the log,
 * links included, so that a person trying Slope can still reset a password.
 */
@Component
class AccountMails {

	private final Mailer mailer;

	private final Environment environment;

	private final String baseUrl;

	AccountMails(Mailer mailer, Environment environment, @Value("${slope.base-url:}") String baseUrl) {
		this.mailer = mailer;
		this.environment = environment;
		this.baseUrl = baseUrl;
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

	/**
	 * An absolute link into Slope: {@code slope.base-url} when set (it must be, behind a proxy or on a real
	 * host), otherwise this machine's port. Never the request's Host header, which an attacker chooses.
	 */
	private UriComponentsBuilder link(String path) {
		String base = this.baseUrl;
		if (!StringUtils.hasText(base)) {
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			base = "http://localhost:" + port;
		}
		return UriComponentsBuilder.fromUriString(base.replaceAll("/+$", "")).path(path);
	}

	private void send(Account to, String subjectKey, String bodyKey, Object... arguments) {
		this.mailer.send(to, subjectKey, null, bodyKey, arguments);
	}

}
