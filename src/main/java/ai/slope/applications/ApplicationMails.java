package ai.slope.applications;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Mailer;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.Postings;

/**
 * Mails the seeker, in their language and after the move is committed, when their application reaches a stage they
 * hear about (INTERVIEW, OFFER, HIRED, REJECTED). The recruiters' notes on a move are not in it. The mails go out on
 * the application's task executor, so that moving two hundred applicants does not wait for two hundred SMTP
 * conversations; at shutdown the executor finishes what it holds. It also mails a candidate a recruiter invited
 * (sourced), with the recruiter's note and a link to the invitation; a withdrawn invitation is not mailed.
 */
@Component
class ApplicationMails {

	private static final String INVITATION = "applications.mail.invitation";

	private final ApplicationRepository applications;

	private final Postings postings;

	private final Accounts accounts;

	private final Mailer mailer;

	private final TaskExecutor executor;

	ApplicationMails(ApplicationRepository applications, Postings postings, Accounts accounts, Mailer mailer,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.applications = applications;
		this.postings = postings;
		this.accounts = accounts;
		this.mailer = mailer;
		this.executor = executor;
	}

	@TransactionalEventListener
	void on(ApplicationStageChanged event) {
		// an invitation the company withdraws was never an application: no “not selected” mail
		if (event.to().notifiesSeeker() && event.from() != Stage.SOURCED) {
			String key = "applications.mail." + event.to().name().toLowerCase();
			this.executor.execute(() -> send(event.applicationId(), key));
		}
	}

	@TransactionalEventListener
	void on(CandidateInvited event) {
		this.executor.execute(() -> send(event.applicationId(), INVITATION));
	}

	/**
	 * Mails the application's seeker: {@code key.subject} and {@code key.body} (an invitation with a note:
	 * {@code key.body-with-note}), with their name, the posting, the company, the link to the application and the
	 * invitation's note as arguments.
	 */
	private void send(long applicationId, String key) {
		Application application = this.applications.findById(applicationId).orElseThrow();
		Account seeker = this.accounts.findById(application.getAccountId()).orElseThrow();
		if (seeker.isSuspended()) {
			return;
		}
		JobPosting posting = this.postings.find(application.getPostingId());
		String note = application.getInvitationNote();
		Object[] arguments = { seeker.getDisplayName(), posting.getTitle(), posting.getCompanyName(),
				this.mailer.link("/applications/" + application.getId()).toUriString(), note };
		String body = (INVITATION.equals(key) && !note.isEmpty()) ? key + ".body-with-note" : key + ".body";
		this.mailer.send(seeker, key + ".subject", arguments, body, arguments);
	}

}
