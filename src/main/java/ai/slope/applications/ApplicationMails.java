package ai.slope.applications;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Mailer;
import ai.slope.candidates.BlindProfiles;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.PostingEvents;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.Postings;

/**
 * Mails the seeker, in their language and after the move is committed, when their application reaches a stage they
 * hear about (INTERVIEW, OFFER, HIRED, REJECTED). The recruiters' notes on a move are not in it. Each mail is an
 * {@link ApplicationModuleListener}: sent in the background after the commit (moving two hundred applicants does
 * not wait for two hundred SMTP conversations), and sent again later when the SMTP server refuses it. It also mails
 * a candidate a recruiter invited (sourced), with the recruiter's note and a link to the invitation; a withdrawn invitation is not mailed; and
 * the recruiter who invited a candidate, when the candidate accepts or declines. When a recruiter closes a posting as
 * filled, each applicant still in an open stage hears of it once (one {@link PostingFilledForApplicant} each, so
 * that a refused mail is retried without mailing the others twice); an invitation not accepted is not an application
 * and is not mailed (its page says the posting has closed).
 */
@Component
class ApplicationMails {

	private static final String INVITATION = "applications.mail.invitation";

	private static final String INVITATION_ACCEPTED = "applications.mail.invitation-accepted";

	private static final String INVITATION_DECLINED = "applications.mail.invitation-declined";

	private static final String POSTING_FILLED = "applications.mail.posting-filled";

	/** The applications still waiting for an answer: not final, and not an invitation nobody accepted. */
	private static final Set<Stage> REMAINING = EnumSet.of(Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEW,
			Stage.OFFER);

	private final ApplicationRepository applications;

	private final Postings postings;

	private final Accounts accounts;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final BlindReviews blind;

	private final BlindProfiles aliases;

	ApplicationMails(ApplicationRepository applications, Postings postings, Accounts accounts, Mailer mailer,
			ApplicationEventPublisher events, BlindReviews blind, BlindProfiles aliases) {
		this.blind = blind;
		this.aliases = aliases;
		this.applications = applications;
		this.postings = postings;
		this.accounts = accounts;
		this.mailer = mailer;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ApplicationStageChanged event) {
		// an invitation the company withdraws was never an application: no “not selected” mail
		if (event.to().notifiesSeeker() && event.from() != Stage.SOURCED) {
			String key = "applications.mail." + event.to().name().toLowerCase();
			send(event.applicationId(), key);
		}
		// the candidate answered an invitation: the recruiter who invited them hears of it
		if (event.from() == Stage.SOURCED && (event.to() == Stage.APPLIED || event.to() == Stage.WITHDRAWN)) {
			String key = (event.to() == Stage.APPLIED) ? INVITATION_ACCEPTED : INVITATION_DECLINED;
			sendToInviter(event.applicationId(), key);
		}
	}

	@ApplicationModuleListener
	void on(PostingEvents.PostingClosed event) {
		if (event.reason() != CloseReason.FILLED) {
			return;
		}
		for (Long applicationId : this.applications.findIdsInStages(event.postingId(), REMAINING)) {
			this.events.publishEvent(new PostingFilledForApplicant(applicationId));
		}
	}

	@ApplicationModuleListener
	void on(PostingFilledForApplicant event) {
		send(event.applicationId(), POSTING_FILLED);
	}

	@ApplicationModuleListener
	void on(CandidateInvited event) {
		send(event.applicationId(), INVITATION);
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
		PostingView posting = this.postings.view(application.getPostingId());
		String note = application.getInvitationNote();
		Object[] arguments = { seeker.getDisplayName(), posting.title(), posting.companyName(),
				this.mailer.link("/applications/" + application.getId()).toUriString(), note };
		String body = (INVITATION.equals(key) && !note.isEmpty()) ? key + ".body-with-note" : key + ".body";
		this.mailer.send(seeker, key + ".subject", arguments, body, arguments);
	}

	/**
	 * Mails the recruiter who invited the application's candidate, in their language, that the candidate accepted
	 * (with a link to the application) or declined (with a link to the posting's pipeline); no one when that
	 * recruiter's account is gone or suspended. Arguments: the recruiter's name, the posting, the candidate's name
	 * (their alias, "Candidate 4F2K9X", while the posting's blind review hides them), the link.
	 */
	private void sendToInviter(long applicationId, String key) {
		Application application = this.applications.findById(applicationId).orElseThrow();
		Account recruiter = (application.getInvitedBy() == null) ? null
				: this.accounts.findById(application.getInvitedBy()).orElse(null);
		if (recruiter == null || recruiter.isSuspended()) {
			return;
		}
		Account candidate = this.accounts.findById(application.getAccountId()).orElseThrow();
		PostingView posting = this.postings.view(application.getPostingId());
		String path = INVITATION_ACCEPTED.equals(key) ? "/recruiter/applications/" + application.getId()
				: "/recruiter/postings/" + posting.id() + "/applicants";
		Object candidateName = this.blind.isHidden(application.getId())
				? new DefaultMessageSourceResolvable(new String[] { "applications.blind.alias" },
						new Object[] { this.aliases.applicationAlias(application.getId()) })
				: candidate.getDisplayName();
		Object[] arguments = { recruiter.getDisplayName(), posting.title(), candidateName,
				this.mailer.link(path).toUriString() };
		this.mailer.send(recruiter, key + ".subject", arguments, key + ".body", arguments);
	}

}
