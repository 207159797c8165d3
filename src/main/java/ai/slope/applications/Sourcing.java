package ai.slope.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.CandidateSearch;
import ai.slope.candidates.CandidateSearchRefusedException;
import ai.slope.candidates.ProfileSummary;
import ai.slope.candidates.Resumes;
import ai.slope.jobs.PostingNotFoundException;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.Postings;

/**
 * Sourcing: a recruiter of a verified company invites a candidate with a discoverable profile to one of its live
 * postings. The invitation is an application at {@link Stage#SOURCED} whose candidate's e-mail, LinkedIn, website
 * and résumé stay hidden from the company; the candidate is mailed, and accepts (it becomes an application at
 * APPLIED, with a copy of their profile's résumé) or declines (WITHDRAWN). The company can withdraw the invitation
 * by moving it to REJECTED in the pipeline. As for applying, one application per candidate and posting, held by the
 * database.
 */
@Service
public class Sourcing {

	private static final Logger log = LoggerFactory.getLogger(Sourcing.class);

	/** The longest note to the candidate, in characters (the column's limit). */
	public static final int MAX_NOTE = 1000;

	private final ApplicationRepository applications;

	private final ApplicationResumeRepository resumes;

	private final StageChangeRepository changes;

	private final Pipeline pipeline;

	private final CandidateSearch search;

	private final CandidateProfiles profiles;

	private final Resumes profileResumes;

	private final Accounts accounts;

	private final Postings postings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Sourcing(ApplicationRepository applications, ApplicationResumeRepository resumes, StageChangeRepository changes,
			Pipeline pipeline, CandidateSearch search, CandidateProfiles profiles, Resumes profileResumes,
			Accounts accounts, Postings postings, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.resumes = resumes;
		this.changes = changes;
		this.pipeline = pipeline;
		this.search = search;
		this.profiles = profiles;
		this.profileResumes = profileResumes;
		this.accounts = accounts;
		this.postings = postings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Invites the candidate to the posting: the application at SOURCED and the first line of its history (by the
	 * recruiter, with the note), all or nothing; the candidate is mailed once it is committed.
	 * @param note for the candidate, optional, at most {@value #MAX_NOTE} characters
	 * @return the posting the candidate was invited to
	 * @throws PostingNotFoundException when the recruiter has no company or the posting is not its own
	 * @throws SourcingRefusedException when the company is not verified, the posting does not take applications in
	 * Slope now, the candidate's profile is not discoverable, they are in the posting's pipeline already, or the
	 * note is too long
	 */
	@Transactional
	public PostingView invite(long recruiterId, long postingId, long candidateId, String note) {
		PostingView posting = this.pipeline.posting(recruiterId, postingId);
		try {
			this.search.searchingCompany(recruiterId);
		}
		catch (CandidateSearchRefusedException ex) {
			throw new SourcingRefusedException(SourcingRefusedException.Reason.UNVERIFIED);
		}
		Instant now = this.clock.instant();
		if (!posting.isLive(now)) {
			throw new SourcingRefusedException(SourcingRefusedException.Reason.POSTING_NOT_OPEN, posting.title());
		}
		if (!posting.inAppApply()) {
			throw new SourcingRefusedException(SourcingRefusedException.Reason.EXTERNAL_APPLY, posting.title());
		}
		String text = (note == null) ? "" : note.strip();
		int length = text.codePointCount(0, text.length());
		if (length > MAX_NOTE) {
			throw new SourcingRefusedException(SourcingRefusedException.Reason.NOTE_TOO_LONG, MAX_NOTE, length);
		}
		Account candidate = this.accounts.findById(candidateId)
			.filter(account -> account.getRole() == Role.SEEKER && !account.isSuspended())
			.orElseThrow(() -> new SourcingRefusedException(SourcingRefusedException.Reason.NOT_DISCOVERABLE));
		if (!this.profiles.find(candidateId).map(ProfileSummary::discoverable).orElse(false)) {
			throw new SourcingRefusedException(SourcingRefusedException.Reason.NOT_DISCOVERABLE);
		}
		if (this.applications.insertSourced(postingId, candidateId, recruiterId, text, now) == 0) {
			Stage stage = this.applications.findByPostingIdAndAccountId(postingId, candidateId)
				.map(Application::getStage)
				.orElse(Stage.APPLIED);
			throw new SourcingRefusedException(SourcingRefusedException.Reason.ALREADY_IN_PIPELINE,
					candidate.getDisplayName(), posting.title(),
					new DefaultMessageSourceResolvable(new String[] { stage.messageKey() }, stage.name()));
		}
		Application application = this.applications.findByPostingIdAndAccountId(postingId, candidateId).orElseThrow();
		this.changes.save(new StageChange(application.getId(), null, Stage.SOURCED, recruiterId, text, now));
		this.events.publishEvent(new CandidateInvited(application.getId(), postingId, candidateId));
		log.info("Recruiter {} invited account {} to posting {} (application {})", recruiterId, candidateId, postingId,
				application.getId());
		return posting;
	}

	/**
	 * What came of the seeker's answer to an invitation; each has its sentence under
	 * {@code applications.invitation.answer.*}.
	 */
	public enum Answer {

		/** Accepted now: an application at APPLIED. */
		ACCEPTED,
		/** Declined now: WITHDRAWN. */
		DECLINED,
		/** Accepted before (a second click): nothing changed. */
		ALREADY_ACCEPTED,
		/** Declined before: nothing changed. */
		ALREADY_DECLINED,
		/** The company withdrew the invitation meanwhile: nothing changed. */
		WITHDRAWN_BY_COMPANY,
		/** The posting closed before they accepted: nothing changed, and they may still decline. */
		POSTING_CLOSED;

		public String messageKey() {
			return "applications.invitation.answer." + name();
		}

	}

	/**
	 * Accepts the invitation: the application moves to APPLIED, the company sees the seeker's contact details, and
	 * the résumé on their profile (if there is one) is copied to it, as when they apply.
	 * @throws ApplicationNotFoundException when it is not theirs
	 */
	@Transactional
	public Answer accept(long seekerId, long applicationId) {
		return answer(seekerId, applicationId, application -> {
			Instant now = this.clock.instant();
			if (!this.postings.view(application.getPostingId()).isLive(now)) {
				return Answer.POSTING_CLOSED;
			}
			this.changes.save(application.accept(seekerId, now));
			this.applications.saveAndFlush(application);
			this.profileResumes.of(seekerId)
				.ifPresent(resume -> this.resumes.save(new ApplicationResume(applicationId, resume.fileName(),
						resume.bytes())));
			this.events.publishEvent(new ApplicationStageChanged(applicationId, Stage.SOURCED, Stage.APPLIED));
			log.info("Account {} accepted the invitation of application {}", seekerId, applicationId);
			return Answer.ACCEPTED;
		});
	}

	/**
	 * Declines the invitation: the application moves to WITHDRAWN; the company never sees the seeker's contact
	 * details.
	 * @throws ApplicationNotFoundException when it is not theirs
	 */
	@Transactional
	public Answer decline(long seekerId, long applicationId) {
		return answer(seekerId, applicationId, application -> {
			this.changes.save(application.moveTo(Stage.WITHDRAWN, seekerId, "", this.clock.instant()));
			this.applications.saveAndFlush(application);
			this.events.publishEvent(new ApplicationStageChanged(applicationId, Stage.SOURCED, Stage.WITHDRAWN));
			log.info("Account {} declined the invitation of application {}", seekerId, applicationId);
			return Answer.DECLINED;
		});
	}

	/**
	 * Locks the seeker's application (so that a second click, or a recruiter's move, waits for this answer and then
	 * sees it) and answers it if it is an invitation still waiting; otherwise says what became of it.
	 */
	private Answer answer(long seekerId, long applicationId, Function<Application, Answer> action) {
		Application application = this.applications.lockMine(applicationId, seekerId)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
		return (application.getStage() == Stage.SOURCED) ? action.apply(application) : answered(application);
	}

	private static Answer answered(Application application) {
		if (application.isContactShared()) {
			return Answer.ALREADY_ACCEPTED;
		}
		return (application.getStage() == Stage.WITHDRAWN) ? Answer.ALREADY_DECLINED : Answer.WITHDRAWN_BY_COMPANY;
	}

}
