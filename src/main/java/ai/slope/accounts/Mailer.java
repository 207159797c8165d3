package ai.slope.accounts;

import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a mail to an account, in the account's language, from the message files. With no SMTP server
 * configured ({@code SLOPE_SMTP_HOST}) the mail, links included, is written to the log instead. Every module's
 * mails go through here. The mails that event listeners send after a commit ({@link #send}) throw when the server
 * does not take them, so that the listener's event publication stays incomplete and is sent again (docs/
 * architecture.md, "Events"); the account mails a page sends while a person waits are logged for operators and do
 * not fail the page, which answers the same either way.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String smtpHost;

	private final String from;

	private final Environment environment;

	private final String baseUrl;

	Mailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, Environment environment,
			@Value("${spring.mail.host:}") String smtpHost,
			@Value("${slope.mail.from:Slope <no-reply@slope.localhost>}") String from,
			@Value("${slope.base-url:}") String baseUrl) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.environment = environment;
		this.smtpHost = smtpHost;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/**
	 * An absolute link into Slope for a mail: {@code slope.base-url} when set (it must be, behind a proxy or on
	 * a real host), otherwise this machine's port. Never the request's Host header, which an attacker chooses.
	 * @param path the path from the root, such as {@code /profile}
	 */
	public UriComponentsBuilder link(String path) {
		String base = this.baseUrl;
		if (!StringUtils.hasText(base)) {
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			base = "http://localhost:" + port;
		}
		return UriComponentsBuilder.fromUriString(base.replaceAll("/+$", "")).path(path);
	}

	/**
	 * Sends a mail from an event listener, in the account's language.
	 * @param subjectArguments the subject's arguments, or {@code null} for a subject used as written
	 * @throws MailException when the SMTP server does not take it, so that the listener is retried
	 */
	public void send(Account to, String subjectKey, Object[] subjectArguments, String bodyKey,
			Object... bodyArguments) {
		String subject = this.messages.getMessage(subjectKey, subjectArguments, to.getLanguage());
		String body = this.messages.getMessage(bodyKey, bodyArguments, to.getLanguage());
		if (logInstead(to.getEmail(), subject, body)) {
			return;
		}
		this.mailSender.getObject().send(message(to.getEmail(), subject, body));
		log.info("Sent {} to account {}", subjectKey, to.getId());
	}

	/**
	 * Sends a mail to an account in its language while a person waits for a page: a failure is logged, not thrown.
	 */
	void sendQuietly(Account to, String subjectKey, String bodyKey, Object... bodyArguments) {
		send(to.getEmail(), to.getLanguage(), "account " + to.getId(), subjectKey, null, bodyKey, bodyArguments);
	}

	/**
	 * Sends a mail to an account in a language other than the account's own: the language of the page a
	 * logged-out person asked from, such as a password reset requested on the Chinese page.
	 */
	void send(Account to, Locale language, String subjectKey, String bodyKey, Object... bodyArguments) {
		send(to.getEmail(), language, "account " + to.getId(), subjectKey, null, bodyKey, bodyArguments);
	}

	/**
	 * Sends a mail to an email that has no account (yet), such as the link that confirms a sign-up.
	 */
	void sendToEmail(String email, Locale language, String subjectKey, String bodyKey, Object... bodyArguments) {
		send(email, language, "an email without an account", subjectKey, null, bodyKey, bodyArguments);
	}

	private void send(String email, Locale language, String recipient, String subjectKey, Object[] subjectArguments,
			String bodyKey, Object... bodyArguments) {
		String subject = this.messages.getMessage(subjectKey, subjectArguments, language);
		String body = this.messages.getMessage(bodyKey, bodyArguments, language);
		if (logInstead(email, subject, body)) {
			return;
		}
		try {
			this.mailSender.getObject().send(message(email, subject, body));
			log.info("Sent {} to {}", subjectKey, recipient);
		}
		catch (MailException ex) {
			// the person sees the same answer either way (so a page reveals nothing); operators see this
			log.error("Could not send {} to {} through {}", subjectKey, recipient, this.smtpHost, ex);
		}
	}

	private boolean logInstead(String email, String subject, String body) {
		if (StringUtils.hasText(this.smtpHost)) {
			return false;
		}
		log.info("No SMTP server is configured (SLOPE_SMTP_HOST), so this mail is written here instead of sent:"
				+ "\nTo: {}\nSubject: {}\n\n{}\n", email, subject, body);
		return true;
	}

	private SimpleMailMessage message(String email, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(email);
		message.setSubject(subject);
		message.setText(body);
		return message;
	}

	/**
	 * Sends a mail whose subject and body the caller has written (in the account's language), with extra
	 * headers such as {@code List-Unsubscribe}. Unlike {@link #send}, a mail the server does not take is not
	 * swallowed: the {@link MailException} reaches the caller, so that a job can keep the work and try again.
	 * With no SMTP server configured the mail is written to the log, which counts as sent.
	 */
	public void sendWritten(Account to, String subject, String body, Map<String, String> headers) {
		if (!StringUtils.hasText(this.smtpHost)) {
			log.info("No SMTP server is configured (SLOPE_SMTP_HOST), so this mail is written here instead of sent:"
					+ "\nTo: {}\nSubject: {}\nHeaders: {}\n\n{}\n", to.getEmail(), subject, headers, body);
			return;
		}
		JavaMailSender sender = this.mailSender.getObject();
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to.getEmail());
			helper.setSubject(subject);
			helper.setText(body, false);
			for (Map.Entry<String, String> header : headers.entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		sender.send(message);
		log.info("Sent {} to account {}", subject, to.getId());
	}

}
