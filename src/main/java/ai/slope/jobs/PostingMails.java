package ai.slope.jobs;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.companies.CompanyMemberships;

/**
 * Mails about postings to the recruiters of the posting's company, each in their own language, sent after
 * the change is committed. With no SMTP server configured (the embedded run) each mail is written to the log.
 */
@Component
class PostingMails {

	private static final Logger log = LoggerFactory.getLogger(PostingMails.class);

	private final JobPostingRepository postings;

	private final CompanyMemberships memberships;

	private final Accounts accounts;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final Environment environment;

	private final String smtpHost;

	private final String from;

	private final String baseUrl;

	PostingMails(JobPostingRepository postings, CompanyMemberships memberships, Accounts accounts,
			ObjectProvider<JavaMailSender> mailSender, MessageSource messages, Environment environment,
			@Value("${spring.mail.host:}") String smtpHost,
			@Value("${slope.mail.from:Slope <no-reply@slope.localhost>}") String from,
			@Value("${slope.base-url:}") String baseUrl) {
		this.postings = postings;
		this.memberships = memberships;
		this.accounts = accounts;
		this.mailSender = mailSender;
		this.messages = messages;
		this.environment = environment;
		this.smtpHost = smtpHost;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	void on(PostingEvents.PostingRejected event) {
		JobPosting posting = this.postings.findWithCompanyAndRole(event.postingId()).orElseThrow();
		for (Account recruiter : recruiters(posting)) {
			send(recruiter, "postings.mail.rejected.subject", "postings.mail.rejected.body", recruiter.getDisplayName(),
					posting.getTitle(), event.reason(), link(posting));
		}
	}

	@TransactionalEventListener
	void on(PostingEvents.PostingExpiringSoon event) {
		JobPosting posting = this.postings.findWithCompanyAndRole(event.postingId()).orElseThrow();
		for (Account recruiter : recruiters(posting)) {
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(recruiter.getLanguage())
				.withZone(ZoneOffset.UTC)
				.format(posting.getExpiresAt());
			send(recruiter, "postings.mail.expiring.subject", "postings.mail.expiring.body", recruiter.getDisplayName(),
					posting.getTitle(), date, link(posting));
		}
	}

	private java.util.List<Account> recruiters(JobPosting posting) {
		return this.memberships.activeMemberIds(posting.getCompany().getId())
			.stream()
			.flatMap(id -> this.accounts.findById(id).stream())
			.filter(account -> !account.isSuspended())
			.toList();
	}

	private String link(JobPosting posting) {
		String base = this.baseUrl;
		if (!StringUtils.hasText(base)) {
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			base = "http://localhost:" + port;
		}
		return base.replaceAll("/+$", "") + "/recruiter/postings/" + posting.getId();
	}

	private void send(Account to, String subjectKey, String bodyKey, Object... arguments) {
		String subject = this.messages.getMessage(subjectKey, arguments, to.getLanguage());
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
			log.error("Could not send {} to account {} through {}", subjectKey, to.getId(), this.smtpHost, ex);
		}
	}

}
