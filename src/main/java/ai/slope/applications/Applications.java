package ai.slope.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.candidates.PdfCheck;
import ai.slope.candidates.Resumes;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.PostingCard;
import ai.slope.jobs.PostingCards;
import ai.slope.jobs.PostingNotFoundException;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.Postings;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The seeker's side of applications: apply to a posting that takes applications in Slope, follow each
 * application's stage, withdraw one. One application per seeker and posting, held by the database (see
 * {@link ApplicationRepository#insertOnce}), so a double click, two tabs or a hundred requests at once make one.
 */
@Service
public class Applications {

	private static final Logger log = LoggerFactory.getLogger(Applications.class);

	/** The longest cover note, in characters. */
	public static final int MAX_COVER_NOTE = 5000;

	/** The most invitations listed above the seeker's applications. */
	public static final int MAX_INVITATIONS = 50;

	private final ApplicationRepository applications;

	private final ApplicationResumeRepository resumes;

	private final StageChangeRepository changes;

	private final Postings postings;

	private final PostingCards postingCards;

	private final Resumes profileResumes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BlindReviews blind;

	Applications(ApplicationRepository applications, ApplicationResumeRepository resumes,
			StageChangeRepository changes, Postings postings, PostingCards postingCards, Resumes profileResumes,
			ApplicationEventPublisher events, Clock clock, BlindReviews blind) {
		this.blind = blind;
		this.applications = applications;
		this.resumes = resumes;
		this.changes = changes;
		this.postings = postings;
		this.postingCards = postingCards;
		this.profileResumes = profileResumes;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the posting's recruiters review applicants blind first (docs/applications.md), which the seeker is told
	 * before applying: they see no name or contact until the applicant passes Screening.
	 */
	public boolean reviewsBlind(long postingId) {
		return this.blind.isOn(postingId);
	}

	/**
	 * What a seeker sends to apply.
	 * @param useProfileResume send the résumé on their profile; otherwise the uploaded file
	 * @param fileName the uploaded file's name, or null
	 * @param resumeBytes the uploaded file, or null or empty when none was chosen
	 */
	public record ApplyInput(String coverNote, boolean useProfileResume, String fileName, byte[] resumeBytes) {
	}

	/**
	 * The posting to apply to, with its company and role type.
	 * @throws ApplyRefusedException when it cannot be applied to: unknown or not public, closed or expired, taking
	 * applications elsewhere, or applied to already by this seeker
	 */
	@Transactional(readOnly = true)
	public PostingView target(long seekerId, long postingId) {
		PostingView posting = openPosting(postingId);
		this.applications.findByPostingIdAndAccountId(postingId, seekerId).ifPresent(existing -> {
			throw alreadyThere(postingId, existing);
		});
		return posting;
	}

	/**
	 * Applies: the application, a copy of the résumé and the first line of its history, all or nothing.
	 * @throws ApplyRefusedException as {@link #target}
	 * @throws InvalidInputException when the cover note is too long or there is no acceptable PDF résumé
	 */
	@Transactional
	public Application apply(long seekerId, long postingId, ApplyInput input) {
		openPosting(postingId);
		String coverNote = (input.coverNote() == null) ? "" : input.coverNote().strip();
		List<InputProblem> problems = new ArrayList<>();
		int noteLength = coverNote.codePointCount(0, coverNote.length());
		if (noteLength > MAX_COVER_NOTE) {
			problems.add(problem("coverNote", "applications.error.cover-note.too-long", MAX_COVER_NOTE, noteLength));
		}
		String fileName = input.fileName();
		byte[] bytes = input.resumeBytes();
		if (input.useProfileResume()) {
			Optional<Resumes.ResumeFile> onProfile = this.profileResumes.of(seekerId);
			if (onProfile.isEmpty()) {
				problems.add(problem("resume", "applications.error.resume.none-on-profile"));
			}
			else {
				fileName = onProfile.get().fileName();
				bytes = onProfile.get().bytes();
			}
		}
		else if (bytes == null || bytes.length == 0) {
			problems.add(problem("resume", "applications.error.resume.required"));
		}
		else {
			PdfCheck.problemWith(bytes)
				.ifPresent(pdf -> problems.add((pdf == PdfCheck.Problem.TOO_BIG)
						? problem("resume", pdf.messageKey(), PdfCheck.MAX_BYTES / (1024 * 1024))
						: problem("resume", pdf.messageKey())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.clock.instant();
		if (this.applications.insertOnce(postingId, seekerId, coverNote, now) == 0) {
			Application existing = this.applications.findByPostingIdAndAccountId(postingId, seekerId).orElse(null);
			if (existing == null) {
				throw new ApplyRefusedException(ApplyRefusedException.Reason.ALREADY_APPLIED, postingId, null);
			}
			throw alreadyThere(postingId, existing);
		}
		Application application = this.applications.findByPostingIdAndAccountId(postingId, seekerId).orElseThrow();
		this.resumes.save(new ApplicationResume(application.getId(), fileName, bytes));
		this.changes.save(new StageChange(application.getId(), null, Stage.APPLIED, seekerId, "", now));
		log.info("Account {} applied to posting {} (application {})", seekerId, postingId, application.getId());
		return application;
	}

	/**
	 * The seeker's applications, newest first, without the invitations waiting for their answer.
	 */
	@Transactional(readOnly = true)
	public Page<MyApplication> mine(long seekerId, Pageable pageable) {
		Page<Application> mine = this.applications.findMine(seekerId, pageable);
		Map<Long, PostingCard> postings = cards(mine.getContent());
		return mine.map(application -> seen(application, postings));
	}

	/**
	 * The invitations from companies that wait for the seeker's answer, newest first (at most
	 * {@value #MAX_INVITATIONS}); {@link #mine(long, Pageable)} leaves them out.
	 */
	@Transactional(readOnly = true)
	public List<MyApplication> invitations(long seekerId) {
		List<Application> invitations = this.applications.findInvitations(seekerId,
				PageRequest.of(0, MAX_INVITATIONS));
		Map<Long, PostingCard> postings = cards(invitations);
		return invitations.stream().map(application -> seen(application, postings)).toList();
	}

	/**
	 * @throws ApplicationNotFoundException when it is not theirs
	 */
	@Transactional(readOnly = true)
	public MyApplication mine(long seekerId, long applicationId) {
		Application application = this.applications.findByIdAndAccountId(applicationId, seekerId)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
		return seen(application, cards(List.of(application)));
	}

	/** The postings the applications went to, by id, as the jobs module shows them to other modules. */
	private Map<Long, PostingCard> cards(List<Application> applications) {
		return this.postingCards.byIds(applications.stream().map(Application::getPostingId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(PostingCard::id, Function.identity()));
	}

	private static MyApplication seen(Application application, Map<Long, PostingCard> postings) {
		PostingCard posting = postings.get(application.getPostingId());
		return new MyApplication(application.getId(), application.getStage(), application.getAppliedAt(),
				application.getStageChangedAt(), application.getPostingId(), posting.title(), posting.slug(),
				posting.companyName(), posting.companySlug(), posting.status(), posting.expiresAt(),
				application.isContactShared(), application.getInvitationNote());
	}

	/**
	 * The stages the seeker's application has been in, oldest first: when and which (the recruiters' notes on
	 * moves and who made them are theirs alone).
	 */
	@Transactional(readOnly = true)
	public List<SeekerStage> history(long seekerId, long applicationId) {
		mine(seekerId, applicationId);
		return this.changes.findByApplicationIdOrderByChangedAtAscIdAsc(applicationId)
			.stream()
			.map(change -> new SeekerStage(change.getToStage(), change.getChangedAt()))
			.toList();
	}

	/**
	 * What the seeker sent with the application: the cover note (empty when none) and the file name of the copy
	 * of the résumé it keeps (empty when it keeps none, as for an invitation not accepted).
	 * @throws ApplicationNotFoundException when it is not theirs
	 */
	@Transactional(readOnly = true)
	public Sent sent(long seekerId, long applicationId) {
		String coverNote = this.applications.findMyCoverNote(applicationId, seekerId)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
		return new Sent((coverNote == null) ? "" : coverNote, this.resumes.findFileName(applicationId));
	}

	/**
	 * What went with an application: its cover note and the file name of its résumé.
	 */
	public record Sent(String coverNote, Optional<String> resumeFileName) {
	}

	/**
	 * The seeker's own copy of the résumé sent with their application.
	 * @throws ApplicationNotFoundException when it is not theirs or keeps no résumé
	 */
	@Transactional(readOnly = true)
	public Resumes.ResumeFile myResume(long seekerId, long applicationId) {
		mine(seekerId, applicationId);
		return this.resumes.findById(applicationId)
			.map(ApplicationResume::file)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
	}

	/**
	 * A stage of an application as its seeker sees it.
	 */
	public record SeekerStage(Stage stage, Instant at) {
	}

	/**
	 * Withdraws the seeker's application, from any open stage.
	 * @return false when it was already final (hired, rejected or withdrawn), and nothing changed
	 * @throws ApplicationNotFoundException when it is not theirs
	 */
	@Transactional
	public boolean withdraw(long seekerId, long applicationId) {
		Application application = this.applications.lockMine(applicationId, seekerId)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
		if (!application.getStage().isOpen()) {
			return false;
		}
		Stage from = application.getStage();
		this.changes.save(application.moveTo(Stage.WITHDRAWN, seekerId, "", this.clock.instant()));
		this.applications.saveAndFlush(application);
		this.events.publishEvent(new ApplicationStageChanged(applicationId, from, Stage.WITHDRAWN));
		log.info("Account {} withdrew application {}", seekerId, applicationId);
		return true;
	}

	private PostingView openPosting(long postingId) {
		PostingView posting;
		try {
			posting = this.postings.view(postingId);
		}
		catch (PostingNotFoundException ex) {
			throw new ApplyRefusedException(ApplyRefusedException.Reason.NOT_FOUND, postingId);
		}
		JobStatus status = posting.status();
		if (status == JobStatus.CLOSED || status == JobStatus.EXPIRED
				|| (status == JobStatus.PUBLISHED && !posting.isLive(this.clock.instant()))) {
			throw new ApplyRefusedException(ApplyRefusedException.Reason.CLOSED, postingId);
		}
		if (status != JobStatus.PUBLISHED) {
			throw new ApplyRefusedException(ApplyRefusedException.Reason.NOT_FOUND, postingId);
		}
		if (!posting.inAppApply()) {
			throw new ApplyRefusedException(ApplyRefusedException.Reason.EXTERNAL, postingId);
		}
		return posting;
	}

	/**
	 * The seeker has applied already, or the company invited them and the invitation waits for their answer (which
	 * is how they apply).
	 */
	private static ApplyRefusedException alreadyThere(long postingId, Application existing) {
		return new ApplyRefusedException((existing.getStage() == Stage.SOURCED) ? ApplyRefusedException.Reason.INVITED
				: ApplyRefusedException.Reason.ALREADY_APPLIED, postingId, existing.getId());
	}

	private static InputProblem problem(String field, String code, Object... arguments) {
		return new InputProblem(field, code, List.of(arguments));
	}

}
