package ai.slope.applications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Mailer;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.Postings;

/**
 * Mails the seeker, in their language and after the move is committed, when their application reaches a stage they
 * hear about (INTERVIEW, OFFER, HIRED, REJECTED). The recruiters' notes on a move are not in it.
 */
@Component
class ApplicationMails {

	private final ApplicationRepository applications;

	private final Postings postings;

	private final Accounts accounts;

	private final Mailer mailer;

	ApplicationMails(ApplicationRepository applications, Postings postings, Accounts accounts, Mailer mailer) {
		this.applications = applications;
		this.postings = postings;
		this.accounts = accounts;
		this.mailer = mailer;
	}

	@TransactionalEventListener
	void on(ApplicationStageChanged event) {
		if (!event.to().notifiesSeeker()) {
			return;
		}
		Application application = this.applications.findById(event.applicationId()).orElseThrow();
		Account seeker = this.accounts.findById(application.getAccountId()).orElseThrow();
		if (seeker.isSuspended()) {
			return;
		}
		JobPosting posting = this.postings.find(application.getPostingId());
		Object[] arguments = { seeker.getDisplayName(), posting.getTitle(), posting.getCompanyName(),
				this.mailer.link("/applications/" + application.getId()).toUriString() };
		String key = "applications.mail." + event.to().name().toLowerCase();
		this.mailer.send(seeker, key + ".subject", arguments, key + ".body", arguments);
	}

}
