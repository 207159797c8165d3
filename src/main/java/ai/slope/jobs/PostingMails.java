package ai.slope.jobs;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Mailer;
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

	private final Mailer mailer;

	PostingMails(JobPostingRepository postings, CompanyMemberships memberships, Accounts accounts,
			Mailer mailer) {
		this.postings = postings;
		this.memberships = memberships;
		this.accounts = accounts;
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(PostingEvents.PostingApproved event) {
		JobPosting posting = this.postings.findWithCompanyAndRole(event.postingId()).orElseThrow();
		String page = this.mailer.link("/jobs/" + posting.getId() + "-" + posting.getSlug()).encode().toUriString();
		for (Account recruiter : recruiters(posting)) {
			send(recruiter, "postings.mail.approved.subject", "postings.mail.approved.body", recruiter.getDisplayName(),
					posting.getTitle(), page, link(posting));
		}
	}

	@ApplicationModuleListener
	void on(PostingEvents.PostingRejected event) {
		JobPosting posting = this.postings.findWithCompanyAndRole(event.postingId()).orElseThrow();
		for (Account recruiter : recruiters(posting)) {
			send(recruiter, "postings.mail.rejected.subject", "postings.mail.rejected.body", recruiter.getDisplayName(),
					posting.getTitle(), event.reason(), link(posting));
		}
	}

	@ApplicationModuleListener
	void on(PostingEvents.PostingExpiringSoon event) {
		JobPosting posting = this.postings.findWithCompanyAndRole(event.postingId()).orElseThrow();
		for (Account recruiter : recruiters(posting)) {
			DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(recruiter.getLanguage())
				.withZone(ZoneOffset.UTC);
			// a program closes at the end of its deadline's day Anywhere on Earth: that day is the date to name
			String date = posting.isProgram() ? format.format(posting.getApplicationDeadline())
					: format.format(posting.getExpiresAt());
			send(recruiter, "postings.mail.expiring.subject",
					posting.isProgram() ? "postings.mail.expiring.program.body" : "postings.mail.expiring.body",
					recruiter.getDisplayName(), posting.getTitle(), date, link(posting));
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
		return this.mailer.link("/recruiter/postings/" + posting.getId()).toUriString();
	}

	private void send(Account to, String subjectKey, String bodyKey, Object... arguments) {
		this.mailer.send(to, subjectKey, arguments, bodyKey, arguments);
	}

}
