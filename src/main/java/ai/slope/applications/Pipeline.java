package ai.slope.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.candidates.BlindProfiles;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.ProfileLinks;
import ai.slope.candidates.ProfileSummary;
import ai.slope.candidates.Publications;
import ai.slope.candidates.Resumes;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyMemberships;
import ai.slope.jobs.PostingNotFoundException;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.Postings;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.SkillTags;

/**
 * The recruiter's side of applications: a posting's applicants with what their profiles show, moving them through
 * the stages one or many at once, private notes, the résumé they sent. Everything here is for the active
 * recruiters of the posting's company; to anyone else a posting or application of another company does not exist
 * ({@link PostingNotFoundException}, {@link ApplicationNotFoundException}).
 */
@Service
public class Pipeline {

	private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

	/** The longest note on a move, in characters. */
	public static final int MAX_MOVE_NOTE = 1000;

	/** The longest private note, in characters. */
	public static final int MAX_NOTE = 2000;

	/** The most applicants moved at once. */
	public static final int MAX_MOVE = 200;

	/** The links of a profile that are ways to reach its owner, hidden until they accept an invitation. */
	static final Set<ProfileLinks.Site> CONTACT_LINKS = Set.of(ProfileLinks.Site.LINKEDIN, ProfileLinks.Site.WEBSITE);

	private final ApplicationRepository applications;

	private final ApplicationResumeRepository resumes;

	private final StageChangeRepository changes;

	private final ApplicantNoteRepository notes;

	private final Postings postings;

	private final CompanyMemberships memberships;

	private final CandidateProfiles profiles;

	private final Publications publications;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final BlindReviews blind;

	private final BlindProfiles aliases;

	private final Clock clock;

	Pipeline(ApplicationRepository applications, ApplicationResumeRepository resumes, StageChangeRepository changes,
			ApplicantNoteRepository notes, Postings postings, CompanyMemberships memberships,
			CandidateProfiles profiles, Publications publications, Accounts accounts,
			ApplicationEventPublisher events, BlindReviews blind, BlindProfiles aliases, Clock clock) {
		this.blind = blind;
		this.aliases = aliases;
		this.applications = applications;
		this.resumes = resumes;
		this.changes = changes;
		this.notes = notes;
		this.postings = postings;
		this.memberships = memberships;
		this.profiles = profiles;
		this.publications = publications;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The recruiter's company's posting, with its company and role type.
	 * @throws PostingNotFoundException when the recruiter has no company or the posting is not its own
	 */
	@Transactional(readOnly = true)
	public PostingView posting(long recruiterId, long postingId) {
		Company company = this.memberships.activeCompanyOf(recruiterId)
			.orElseThrow(() -> new PostingNotFoundException(postingId));
		return this.postings.viewOfCompany(company.getId(), postingId);
	}

	/**
	 * A page of the posting's applicants, oldest application first.
	 * @param stage only those in that stage, or null for all
	 */
	@Transactional(readOnly = true)
	public Page<Applicant> applicants(long recruiterId, long postingId, Stage stage, Pageable pageable) {
		PostingView posting = posting(recruiterId, postingId);
		Page<ApplicantRow> rows = named(this.applications.findApplicants(postingId, stage, pageable));
		Map<Long, ProfileSummary> summaries = this.profiles
			.findAll(rows.stream().map(ApplicantRow::accountId).toList());
		Set<Long> hidden = this.blind.hiddenAmong(rows.stream().map(ApplicantRow::applicationId).toList());
		return rows.map(row -> shown(posting, row, summaries.get(row.accountId()), hidden));
	}

	/** The rows with the applicants' names and addresses, read from their accounts in one query. */
	private Page<ApplicantRow> named(Page<ApplicationRow> rows) {
		Map<Long, Account> applicants = this.accounts
			.findAllById(rows.stream().map(ApplicationRow::accountId).collect(Collectors.toSet()));
		return rows.map(row -> row.of(applicants.get(row.accountId())));
	}

	private List<ApplicantRow> named(List<ApplicationRow> rows) {
		Map<Long, Account> applicants = this.accounts
			.findAllById(rows.stream().map(ApplicationRow::accountId).collect(Collectors.toSet()));
		return rows.stream().map(row -> row.of(applicants.get(row.accountId()))).toList();
	}

	/**
	 * Every applicant of the posting, oldest first, with their cover notes by application id, for the export.
	 */
	@Transactional(readOnly = true)
	public Export export(long recruiterId, long postingId) {
		PostingView posting = posting(recruiterId, postingId);
		List<ApplicantRow> rows = named(this.applications.findAllApplicants(postingId));
		Map<Long, ProfileSummary> summaries = this.profiles
			.findAll(rows.stream().map(ApplicantRow::accountId).toList());
		Set<Long> hidden = this.blind.hiddenOf(postingId);
		Map<Long, String> names = new HashMap<>();
		rows.forEach(row -> names.put(row.applicationId(), row.name()));
		Map<Long, String> coverNotes = new LinkedHashMap<>();
		for (Object[] row : this.applications.coverNotesOf(postingId)) {
			Long id = (Long) row[0];
			coverNotes.put(id, hidden.contains(id) ? BlindProfiles.redact((String) row[1], names.get(id))
					: (String) row[1]);
		}
		return new Export(posting, rows.stream()
			.map(row -> shown(posting, row, summaries.get(row.accountId()), hidden))
			.toList(), coverNotes);
	}

	/**
	 * @param coverNotes by application id (without the name and contact details of those a blind review hides)
	 */
	public record Export(PostingView posting, List<Applicant> applicants, Map<Long, String> coverNotes) {
	}

	/**
	 * How many of the posting's applicants are in each stage (every stage is there, with 0 when none is).
	 */
	@Transactional(readOnly = true)
	public Map<Stage, Long> countsByStage(long recruiterId, long postingId) {
		posting(recruiterId, postingId);
		Map<Stage, Long> counts = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			counts.put(stage, 0L);
		}
		for (Object[] row : this.applications.countByStage(postingId)) {
			counts.put((Stage) row[0], (Long) row[1]);
		}
		return counts;
	}

	/**
	 * One applicant, with the cover note, the history, the private notes and the publications.
	 * @throws ApplicationNotFoundException when it is not an application to the recruiter's company
	 */
	@Transactional(readOnly = true)
	public ApplicantDetail applicant(long recruiterId, long applicationId) {
		Application application = ownApplication(recruiterId, applicationId);
		PostingView posting = posting(recruiterId, application.getPostingId());
		Account seeker = this.accounts.findById(application.getAccountId()).orElseThrow();
		ApplicantRow row = new ApplicantRow(application.getId(), seeker.getId(), seeker.getDisplayName(),
				seeker.getEmail(), application.getStage(), application.getAppliedAt(),
				application.getStageChangedAt(), application.getCoverNote().length(), application.isContactShared(),
				null);
		ProfileSummary profile = this.profiles.find(seeker.getId()).orElse(null);
		boolean hidden = this.blind.isHidden(applicationId);
		List<StageChange> history = this.changes.findByApplicationIdOrderByChangedAtAscIdAsc(applicationId);
		List<ApplicantNote> applicantNotes = this.notes.findByApplicationIdOrderByCreatedAtAscIdAsc(applicationId);
		Set<Long> people = new HashSet<>();
		history.forEach(change -> people.add(change.getActorId()));
		applicantNotes.forEach(note -> people.add(note.getAuthorId()));
		Reveal reveal = this.blind.revealOf(applicationId).orElse(null);
		if (reveal != null) {
			people.add(reveal.actorId());
		}
		people.remove(null);
		if (hidden) {
			// the history says "the applicant" for their own moves; their name is not to be at hand at all
			people.remove(seeker.getId());
		}
		Map<Long, String> names = this.accounts.findAllById(people)
			.values()
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
		boolean resumeSent = !hidden && application.isContactShared() && this.resumes.existsById(applicationId);
		String coverNote = hidden ? BlindProfiles.redact(application.getCoverNote(), seeker.getDisplayName())
				: application.getCoverNote();
		return new ApplicantDetail(posting, application,
				shown(posting, row, profile, hidden ? Set.of(applicationId) : Set.of()), history, applicantNotes,
				names, (profile == null) ? List.of() : this.publications.of(seeker.getId()), resumeSent, coverNote,
				this.blind.isOn(posting.id()), reveal);
	}

	/**
	 * The résumé sent with the application, for the company's recruiters only.
	 * @throws ApplicationNotFoundException when it is not an application to the recruiter's company, or one whose
	 * candidate has not shared their contact details (an invitation not accepted), or one a blind review hides
	 */
	@Transactional(readOnly = true)
	public Resumes.ResumeFile resume(long recruiterId, long applicationId) {
		if (!ownApplication(recruiterId, applicationId).isContactShared() || this.blind.isHidden(applicationId)) {
			throw new ApplicationNotFoundException(applicationId);
		}
		return this.resumes.findById(applicationId)
			.map(ApplicationResume::file)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
	}

	/**
	 * Moves the posting's applicants to a stage, each that may go there (see {@link Stage#recruiterMayMoveTo}); the
	 * others stay where they are and are reported. Each move is recorded with the note, and the seeker is mailed
	 * when their application reaches a stage they hear about.
	 * @param applicationIds the applications to move; ids that are not the posting's are ignored
	 * @throws InvalidInputException when the stage is not one to move to, no applicant is chosen, too many
	 * are, none of them is the posting's, or the note is too long
	 */
	@Transactional
	public MoveResult move(long recruiterId, long postingId, Collection<Long> applicationIds, String stageName,
			String note) {
		posting(recruiterId, postingId);
		Stage target = Stage.parse(stageName);
		String text = (note == null) ? "" : note.strip();
		List<InputProblem> problems = new ArrayList<>();
		if (target == null || !Stage.RECRUITER_TARGETS.contains(target)) {
			problems.add(problem("stage", "applications.error.stage.required"));
		}
		Set<Long> ids = new LinkedHashSet<>(applicationIds);
		if (ids.isEmpty()) {
			problems.add(problem("ids", "applications.error.move.none-chosen"));
		}
		else if (ids.size() > MAX_MOVE) {
			problems.add(problem("ids", "applications.error.move.too-many", MAX_MOVE));
		}
		if (text.codePointCount(0, text.length()) > MAX_MOVE_NOTE) {
			problems.add(problem("note", "applications.error.move-note.too-long", MAX_MOVE_NOTE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Application> locked = this.applications.lockAll(ids, postingId);
		if (locked.isEmpty()) {
			// ids of another posting's applicants, or of none: nothing to move, and the page says so
			throw new InvalidInputException("ids", "applications.error.move.none-found");
		}
		Map<Long, Account> seekers = this.accounts.findAllById(locked.stream().map(Application::getAccountId).toList());
		Set<Long> hidden = this.blind.hiddenAmong(locked.stream().map(Application::getId).toList());
		Instant now = this.clock.instant();
		List<Long> moved = new ArrayList<>();
		List<MoveResult.Skipped> skipped = new ArrayList<>();
		for (Application application : locked) {
			Stage from = application.getStage();
			if (!from.recruiterMayMoveTo(target)) {
				Account seeker = seekers.get(application.getAccountId());
				String name = hidden.contains(application.getId())
						? null : (seeker == null) ? "" : seeker.getDisplayName();
				skipped.add(new MoveResult.Skipped(application.getId(), name,
						(name == null) ? this.aliases.applicationAlias(application.getId()) : null, from,
						skipReason(from, target)));
				continue;
			}
			this.changes.save(application.moveTo(target, recruiterId, text, now));
			if (hidden.contains(application.getId()) && BlindReviews.PAST_SCREENING.contains(target)) {
				this.blind.reveal(application.getId(), Reveal.Reason.STAGE, recruiterId, now);
			}
			moved.add(application.getId());
			this.events.publishEvent(new ApplicationStageChanged(application.getId(), from, target));
		}
		this.applications.saveAllAndFlush(locked);
		log.info("Recruiter {} moved {} applicant(s) of posting {} to {} ({} left where they were)", recruiterId,
				moved.size(), postingId, target, skipped.size());
		return new MoveResult(target, moved, skipped);
	}

	/**
	 * Moves one applicant, as {@link #move} does for many.
	 * @throws ApplicationNotFoundException when it is not an application to the recruiter's company
	 */
	@Transactional
	public MoveResult moveOne(long recruiterId, long applicationId, String stageName, String note) {
		Application application = ownApplication(recruiterId, applicationId);
		return move(recruiterId, application.getPostingId(), List.of(applicationId), stageName, note);
	}

	/**
	 * Adds a private note on an applicant.
	 * @throws InvalidInputException when it is empty or longer than {@value #MAX_NOTE} characters
	 * @throws ApplicationNotFoundException when it is not an application to the recruiter's company
	 */
	@Transactional
	public ApplicantNote addNote(long recruiterId, long applicationId, String body) {
		ownApplication(recruiterId, applicationId);
		String text = (body == null) ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("body", "applications.error.note.required");
		}
		int length = text.codePointCount(0, text.length());
		if (length > MAX_NOTE) {
			throw new InvalidInputException("body", "applications.error.note.too-long", MAX_NOTE, length);
		}
		return this.notes.save(new ApplicantNote(applicationId, recruiterId, text, this.clock.instant()));
	}

	/**
	 * Whether the posting's blind review is on (docs/applications.md, "Blind first review").
	 * @throws PostingNotFoundException when it is not a posting of the recruiter's company
	 */
	@Transactional(readOnly = true)
	public boolean blindReview(long recruiterId, long postingId) {
		posting(recruiterId, postingId);
		return this.blind.isOn(postingId);
	}

	/**
	 * Turns the posting's blind review on or off. On: every applicant who has not passed Screening and was not
	 * revealed shows as an alias. Off: every applicant it hid is revealed, with a line in their history, and stays
	 * revealed if it is turned on again.
	 * @return whether anything changed (false when it already was so)
	 * @throws PostingNotFoundException when it is not a posting of the recruiter's company
	 */
	@Transactional
	public boolean turnBlindReview(long recruiterId, long postingId, boolean on) {
		posting(recruiterId, postingId);
		boolean changed = this.blind.turn(postingId, on, recruiterId, this.clock.instant());
		if (changed) {
			log.info("Recruiter {} turned blind review of posting {} {}", recruiterId, postingId, on ? "on" : "off");
		}
		return changed;
	}

	/**
	 * Shows who a hidden applicant is before they pass Screening, recorded in the application's history with the
	 * recruiter and the time.
	 * @return false when there was nothing to reveal (shown already, by another recruiter meanwhile, or the
	 * posting's blind review is off)
	 * @throws ApplicationNotFoundException when it is not an application to the recruiter's company
	 */
	@Transactional
	public boolean reveal(long recruiterId, long applicationId) {
		Application application = ownApplication(recruiterId, applicationId);
		if (!this.blind.isHidden(applicationId)) {
			return false;
		}
		boolean revealed = this.blind.reveal(applicationId, Reveal.Reason.RECRUITER, recruiterId, this.clock.instant());
		if (revealed) {
			log.info("Recruiter {} revealed the identity of application {} of posting {}", recruiterId,
					applicationId, application.getPostingId());
		}
		return revealed;
	}

	private Application ownApplication(long recruiterId, long applicationId) {
		Application application = this.applications.findById(applicationId)
			.orElseThrow(() -> new ApplicationNotFoundException(applicationId));
		try {
			posting(recruiterId, application.getPostingId());
		}
		catch (PostingNotFoundException ex) {
			throw new ApplicationNotFoundException(applicationId);
		}
		return application;
	}

	/**
	 * The applicant as the company may see them: a candidate it invited who has not accepted keeps their e-mail,
	 * their LinkedIn and website links and their résumé to themselves (name, headline, skills, publications and
	 * the GitHub, Scholar and Hugging Face links are on their discoverable profile for any verified company), and
	 * once they make their profile private again the company sees only their name until they accept. While a blind
	 * review hides them ({@code hidden}: application ids), nothing that says who they are.
	 */
	private Applicant shown(PostingView posting, ApplicantRow given, ProfileSummary givenProfile, Set<Long> hidden) {
		ApplicantRow row = given.asShared();
		// an invitation shows what the discoverable profile shows, and nothing once its owner hides it
		ProfileSummary shownProfile = (row.contactShared() || givenProfile == null) ? givenProfile
				: givenProfile.discoverable() ? withoutContact(givenProfile) : null;
		if (hidden.contains(row.applicationId())) {
			// a blind review: an alias for the name, no e-mail, links, city or résumé (see BlindProfiles.blind)
			shownProfile = (shownProfile == null) ? null : BlindProfiles.blind(shownProfile, given.name());
			row = row.hiddenAs(this.aliases.applicationAlias(row.applicationId()));
		}
		ProfileSummary profile = shownProfile;
		List<String> matched = (profile == null) ? List.of()
				: posting.skills().stream().filter(skill -> profile.skillTags().contains(SkillTags.tag(skill))).toList();
		return new Applicant(row, profile, matched);
	}

	private static ProfileSummary withoutContact(ProfileSummary p) {
		Map<ProfileLinks.Site, String> links = new EnumMap<>(ProfileLinks.Site.class);
		p.links().forEach((site, url) -> {
			if (!CONTACT_LINKS.contains(site)) {
				links.put(site, url);
			}
		});
		return new ProfileSummary(p.accountId(), p.headline(), p.country(), p.city(), p.openToRemote(),
				p.openToRelocation(), p.yearsOfExperience(), p.wantedRoleTypeIds(), p.wantedSeniorities(),
				p.minimumSalary(), p.salaryCurrency(), p.skills(), p.skillTags(), links, p.publications(), false,
				p.discoverable(), p.completenessPercent());
	}

	private static String skipReason(Stage from, Stage target) {
		if (from == target) {
			return "applications.move.skipped.already";
		}
		if (from == Stage.SOURCED) {
			return "applications.move.skipped.sourced";
		}
		if (!from.isOpen()) {
			return "applications.move.skipped.final";
		}
		return "applications.move.skipped.backwards";
	}

	private static InputProblem problem(String field, String code, Object... arguments) {
		return new InputProblem(field, code, List.of(arguments));
	}

}
