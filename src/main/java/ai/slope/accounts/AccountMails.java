package ai.slope.accounts;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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

	private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final Environment environment;

	private final String smtpHost;

	private final String from;

	private final String baseUrl;

	AccountMails(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, Environment environment,
			@Value("${spring.mail.host:}") String smtpHost, @Value("${slope.mail.from:Slope <no-reply@slope.localhost>}") String from,
			@Value("${slope.base-url:}") String baseUrl) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.environment = environment;
		this.smtpHost = smtpHost;
		this.from = from;
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
		String subject = this.messages.getMessage(subjectKey, null, to.getLanguage());
		String body = this.messages.getMessage(bodyKey, arguments, to.getLanguage());
		if (!StringUtils.hasText(this.smtpHost)) {
			log.info("No SMTP server is configured (SLOPE_SMTP_HOST), so this mail is written here instead of sent:"
					+ "\nTo: {}\nSubject: {}\n\n{}\n", to.getEmail(), subject, body);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.getEmail());
		message.setSubject(subject);
		message.setText(body);
		try {
			this.mailSender.getObject().send(message);
			log.info("Sent {} to account {}", subjectKey, to.getId());
		}
		catch (MailException ex) {
			// the person sees the same answer either way (so the page reveals nothing); operators see this
			log.error("Could not send {} to account {} through {}", subjectKey, to.getId(), this.smtpHost, ex);
		}
	}

}
