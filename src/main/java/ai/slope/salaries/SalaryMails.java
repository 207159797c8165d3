package ai.slope.salaries;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Accounts;
import ai.slope.accounts.Mailer;

/**
 * Mails to the seekers who shared a salary, in their own language, sent after the review is committed: a rejected
 * submission carries the admin's note, so the seeker learns what to correct.
 */
@Component
class SalaryMails {

	private final SalaryReview review;

	private final Accounts accounts;

	private final Mailer mailer;

	SalaryMails(SalaryReview review, Accounts accounts, Mailer mailer) {
		this.review = review;
		this.accounts = accounts;
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(SalaryRejected event) {
		SalaryRecord record = this.review.find(event.recordId()).orElse(null);
		if (record == null) {
			return;
		}
		this.accounts.findById(event.seekerId()).filter(seeker -> !seeker.isSuspended()).ifPresent(seeker -> {
			Object[] arguments = { seeker.getDisplayName(), record.jobTitle(), String.valueOf(record.year()),
					event.note(), this.mailer.link("/salaries/submit").toUriString() };
			this.mailer.send(seeker, "salaries.mail.rejected.subject", arguments, "salaries.mail.rejected.body",
					arguments);
		});
	}

}
