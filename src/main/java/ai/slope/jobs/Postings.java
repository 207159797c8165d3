package ai.slope.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.companies.Company;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.salaries.ExchangeRates;
import ai.slope.web.InputProblem;
import ai.slope.web.InputText;
import ai.slope.web.InvalidInputException;

/**
 * The life of a posting, from draft to expiry, as recruiters, admins and the daily job move it. Every
 * recruiter action names the recruiter's company, and a posting of another company is not found. Every
 * status change is recorded in the posting's history (who, when, from, to, why). The search index follows
 * the status: only published postings are in it.
 */
@Service
public class Postings {

	private static final Logger log = LoggerFactory.getLogger(Postings.class);

	/** Recruiters are reminded this long before their posting expires. */
	public static final Duration REMINDER_BEFORE_EXPIRY = Duration.ofDays(7);

	private static final int EXPIRY_BATCH = 200;

	/** The reason of the history entries of postings written by {@link #saveWritten(List)}: the demo data's. */
	static final String DEMO_REASON = "postings.reason.demo";

	private final JobPostingRepository postings;

	private final PostingHistoryRepository history;

	private final PostingRules rules;

	private final RoleTaxonomy roles;

	private final ExchangeRates rates;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final Clock clock;

	Postings(JobPostingRepository postings, PostingHistoryRepository history, PostingRules rules, RoleTaxonomy roles,
			ExchangeRates rates, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			EntityManager entityManager, Clock clock) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
		this.postings = postings;
		this.history = history;
		this.rules = rules;
		this.roles = roles;
		this.rates = rates;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A page of the company's postings, newest change first, optionally those whose title contains
	 * {@code title} (any case) and those in one status.
	 */
	@Transactional(readOnly = true)
	public Page<JobPosting> ofCompany(long companyId, String title, JobStatus status, Pageable pageable) {
		Specification<JobPosting> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("company").get("id"), companyId));
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (title != null && !title.isBlank()) {
				String pattern = "%" + title.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
					.replace("%", "\\%").replace("_", "\\_") + "%";
				where.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return this.postings.findAll(spec, pageable);
	}

	/**
	 * The company's posting, with its company and role type loaded.
	 * @throws PostingNotFoundException when there is none, or it belongs to another company
	 */
	@Transactional(readOnly = true)
	public JobPosting ofCompany(long companyId, long postingId) {
		return owned(companyId, postingId);
	}

	/**
	 * A posting whichever its company, for admins.
	 */
	@Transactional(readOnly = true)
	public JobPosting find(long postingId) {
		return this.postings.findWithCompanyAndRole(postingId)
			.orElseThrow(() -> new PostingNotFoundException(postingId));
	}

	/**
	 * A page of the company's postings as {@link PostingView}s, for other modules; see
	 * {@link #ofCompany(long, String, JobStatus, Pageable)}.
	 */
	@Transactional(readOnly = true)
	public Page<PostingView> viewsOfCompany(long companyId, String title, JobStatus status, Pageable pageable) {
		return ofCompany(companyId, title, status, pageable).map(PostingView::of);
	}

	/**
	 * The company's posting as a {@link PostingView}, for other modules.
	 * @throws PostingNotFoundException when there is none, or it belongs to another company
	 */
	@Transactional(readOnly = true)
	public PostingView viewOfCompany(long companyId, long postingId) {
		return PostingView.of(owned(companyId, postingId));
	}

	/**
	 * A posting whichever its company as a {@link PostingView}, for other modules.
	 * @throws PostingNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public PostingView view(long postingId) {
		return PostingView.of(find(postingId));
	}

	/**
	 * Stores postings written elsewhere than in a form (the demo data) with the history of how they came to be
	 * where they are (made as drafts, published, sent to review), as a recruiter's postings have theirs.
	 */
	@Transactional
	public List<JobPosting> saveWritten(List<JobPosting> written) {
		List<JobPosting> saved = this.postings.saveAll(written);
		List<PostingHistoryEntry> entries = new ArrayList<>();
		for (JobPosting posting : saved) {
			for (JobPosting.StatusChange change : posting.takeStatusChanges()) {
				// made by no one: the recruiter's page says "demo data" rather than naming the daily job
				boolean byNoOne = change.actorId() == null && (change.reason() == null || change.reason().isEmpty());
				String reason = byNoOne ? DEMO_REASON : change.reason();
				entries.add(new PostingHistoryEntry(posting.getId(), change.at(), change.actorId(), change.from(),
						change.to(), reason));
			}
		}
		this.history.saveAll(entries);
		return saved;
	}

	@Transactional(readOnly = true)
	public List<PostingHistoryEntry> history(long postingId) {
		return this.history.findByPostingIdOrderByAtAscIdAsc(postingId);
	}

	@Transactional(readOnly = true)
	public List<InputProblem> problems(PostingInput input) {
		return this.rules.problems(input);
	}

	/**
	 * Saves a new draft for the recruiter's company.
	 * @throws InvalidInputException when a rule is broken
	 */
	@Transactional
	public JobPosting createDraft(Long actorId, Company company, PostingInput input) {
		check(input);
		JobPosting posting = new JobPosting(company, this.roles.roleType(input.roleType()).orElseThrow(),
				InputText.singleLine(input.title()), actorId, "", now());
		apply(posting, input);
		posting = this.postings.save(posting);
		recordHistory(posting);
		log.info("Posting {} created as a draft by account {}", posting.getId(), actorId);
		return posting;
	}

	/**
	 * Saves what the recruiter changed, when nobody saved the posting since they read version
	 * {@code readVersion}. A published posting of an unverified company whose title, description, pay or way to
	 * apply (the apply link, or applying in Slope instead) changed goes back to review.
	 * @throws PostingConflictException when someone saved it in between: nothing is changed
	 * @throws InvalidInputException when a rule is broken
	 */
	@Transactional
	public JobPosting update(Long actorId, long companyId, long postingId, long readVersion, PostingInput input) {
		JobPosting posting = owned(companyId, postingId);
		PostingInput stored = PostingInput.of(posting);
		if (posting.getVersion() != readVersion) {
			throw conflict(posting, input);
		}
		check(input);
		boolean reviewed = posting.getStatus() == JobStatus.PUBLISHED && !posting.getCompany().isVerified();
		boolean applyingChanged = reviewed && stored.differsInApplying(input);
		boolean needsReview = reviewed && (applyingChanged || stored.differsInReviewedText(input));
		boolean wasProgram = posting.isProgram();
		apply(posting, input);
		posting.touch(now());
		if (!needsReview) {
			posting.followDeadline(actorId, wasProgram, now());
		}
		if (posting.getStatus() == JobStatus.PUBLISHED && !needsReview) {
			// the role type and company name are indexed through getters Hibernate Search does not watch
			Search.session(this.entityManager).indexingPlan().addOrUpdate(posting);
		}
		if (needsReview) {
			posting.backToReview(actorId, applyingChanged ? "postings.reason.apply-changed-after-approval"
					: "postings.reason.changed-after-approval", now());
		}
		// flush here, so that a save racing this one fails inside this call, as a conflict
		JobPosting saved = this.postings.saveAndFlush(posting);
		recordHistory(saved);
		return saved;
	}

	/**
	 * Publishes a draft (or a rejected posting, corrected) at once for a verified company; otherwise sends it
	 * to review.
	 */
	@Transactional
	public JobPosting submit(Long actorId, long companyId, long postingId) {
		JobPosting posting = owned(companyId, postingId);
		requireDeadlineAhead(posting);
		posting.submit(actorId, now());
		recordHistory(posting);
		return posting;
	}

	@Transactional
	public JobPosting close(Long actorId, long companyId, long postingId, CloseReason reason) {
		JobPosting posting = owned(companyId, postingId);
		posting.close(actorId, Objects.requireNonNull(reason), now());
		recordHistory(posting);
		this.events.publishEvent(new PostingEvents.PostingClosed(posting.getId(), reason));
		return posting;
	}

	/**
	 * Keeps a published posting open for {@code days} more days from now.
	 * @throws InvalidInputException when the days are outside the allowed range
	 */
	@Transactional
	public JobPosting extend(Long actorId, long companyId, long postingId, Integer days) {
		if (owned(companyId, postingId).isProgram()) {
			throw new InvalidInputException(List.of(InputProblem.of("days", "postings.error.program.extend")));
		}
		if (days == null || !PostingRules.isExpiryDays(days)) {
			throw new InvalidInputException(List.of(InputProblem.of("days", "postings.error.expiry-days",
					PostingRules.MIN_EXPIRY_DAYS, PostingRules.MAX_EXPIRY_DAYS)));
		}
		JobPosting posting = owned(companyId, postingId);
		posting.extend(actorId, days, now());
		recordHistory(posting);
		return posting;
	}

	/**
	 * Publishes a closed or expired posting again, with a new date; a company that is not verified waits for
	 * review again.
	 */
	@Transactional
	public JobPosting relist(Long actorId, long companyId, long postingId, Integer days) {
		JobPosting owned = owned(companyId, postingId);
		requireDeadlineAhead(owned);
		if (days != null && !owned.isProgram() && !PostingRules.isExpiryDays(days)) {
			throw new InvalidInputException(List.of(InputProblem.of("days", "postings.error.expiry-days",
					PostingRules.MIN_EXPIRY_DAYS, PostingRules.MAX_EXPIRY_DAYS)));
		}
		JobPosting posting = owned(companyId, postingId);
		posting.relist(actorId, days, now());
		recordHistory(posting);
		return posting;
	}

	/**
	 * A new draft with everything the posting says.
	 */
	@Transactional
	public JobPosting duplicate(Long actorId, long companyId, long postingId) {
		JobPosting original = owned(companyId, postingId);
		JobPosting copy = new JobPosting(original.getCompany(), original.getRoleType(), original.getTitle(), actorId,
				"postings.reason.duplicated", now());
		apply(copy, PostingInput.of(original));
		copy = this.postings.save(copy);
		recordHistory(copy);
		return copy;
	}

	/**
	 * The queue of postings waiting for review, the longest waiting first.
	 */
	@Transactional(readOnly = true)
	public Page<JobPosting> pendingReview(Pageable pageable) {
		return this.postings.findPendingReview(pageable);
	}

	/**
	 * The review queue as {@link PostingView}s, for the admin module; see {@link #pendingReview(Pageable)}.
	 */
	@Transactional(readOnly = true)
	public Page<PostingView> pendingReviewViews(Pageable pageable) {
		return pendingReview(pageable).map(PostingView::of);
	}

	/**
	 * An admin approves a posting in review: it is published now.
	 */
	@Transactional
	public JobPosting approve(long adminId, long postingId) {
		JobPosting posting = find(postingId);
		requireDeadlineAhead(posting);
		posting.approve(adminId, now());
		recordHistory(posting);
		this.events.publishEvent(new PostingEvents.PostingApproved(posting.getId()));
		return posting;
	}

	/**
	 * An admin rejects a posting in review, with a reason its recruiters see on the posting and by mail.
	 * @throws InvalidInputException when the reason is blank
	 */
	@Transactional
	public JobPosting reject(long adminId, long postingId, String reason) {
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 2000) {
			throw new InvalidInputException(List.of(InputProblem.of("reason", "postings.error.reject-reason")));
		}
		JobPosting posting = find(postingId);
		posting.reject(adminId, why, now());
		recordHistory(posting);
		this.events.publishEvent(new PostingEvents.PostingRejected(posting.getId(), why));
		return posting;
	}

	/**
	 * Expires every published posting whose time is up at {@code now}, in batches of their own transaction.
	 * @return how many expired
	 */
	public int expireOverdue(Instant now) {
		int expired = 0;
		List<Long> batch;
		do {
			batch = this.postings.findOverdueIds(now, PageRequest.of(0, EXPIRY_BATCH));
			for (Long id : batch) {
				expired += expireOne(id, now) ? 1 : 0;
			}
		}
		while (batch.size() == EXPIRY_BATCH);
		return expired;
	}

	private boolean expireOne(long id, Instant now) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> expireInTransaction(id, now)));
	}

	private boolean expireInTransaction(long id, Instant now) {
		JobPosting posting = this.postings.findById(id).orElse(null);
		if (posting == null || posting.getStatus() != JobStatus.PUBLISHED || posting.getExpiresAt().isAfter(now)) {
			return false;
		}
		posting.expire(now);
		recordHistory(posting);
		this.postings.save(posting);
		return true;
	}

	/**
	 * Marks every published posting that expires within {@link #REMINDER_BEFORE_EXPIRY} of {@code now} and was
	 * not reminded of yet, and tells its recruiters (after commit).
	 * @return how many reminders were due
	 */
	@Transactional
	public int remindBeforeExpiry(Instant now) {
		List<Long> due = this.postings.findExpiringWithoutReminder(now, now.plus(REMINDER_BEFORE_EXPIRY));
		for (Long id : due) {
			JobPosting posting = this.postings.findById(id).orElseThrow();
			posting.markReminderSent(now);
			this.events.publishEvent(new PostingEvents.PostingExpiringSoon(id));
		}
		return due.size();
	}

	private JobPosting owned(long companyId, long postingId) {
		return this.postings.findWithCompanyAndRole(postingId)
			.filter(p -> p.getCompany().getId() == companyId)
			.orElseThrow(() -> new PostingNotFoundException(postingId));
	}

	/**
	 * A program whose deadline has passed cannot go on the board: its recruiters move the deadline first.
	 * @throws InvalidInputException naming the deadline
	 */
	private void requireDeadlineAhead(JobPosting posting) {
		if (posting.isPastDeadline(now())) {
			throw new InvalidInputException(
					List.of(InputProblem.of("applicationDeadline", "postings.error.program.deadline.passed")));
		}
	}

	private void check(PostingInput input) {
		List<InputProblem> problems = this.rules.problems(input);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void apply(JobPosting posting, PostingInput input) {
		RoleType roleType = posting.getRoleType().getSlug().equals(input.roleType()) ? posting.getRoleType()
				: this.roles.roleType(input.roleType()).orElseThrow();
		posting.describe(input, roleType,
				AnnualPay.toAnnualUsd(this.rates, input.salaryMin(), input.salaryCurrency(), input.salaryPeriod(),
						input.employmentType()),
				AnnualPay.toAnnualUsd(this.rates, input.salaryMax(), input.salaryCurrency(), input.salaryPeriod(),
						input.employmentType()));
	}

	private PostingConflictException conflict(JobPosting posting, PostingInput yours) {
		PostingInput stored = PostingInput.of(posting);
		List<PostingConflictException.Difference> differences = new ArrayList<>();
		compare(differences, "roleType", yours, stored, PostingInput::roleType);
		compare(differences, "title", yours, stored, PostingInput::title);
		compare(differences, "seniority", yours, stored, PostingInput::seniority);
		compare(differences, "employmentType", yours, stored, PostingInput::employmentType);
		compare(differences, "remotePolicy", yours, stored, PostingInput::remotePolicy);
		compare(differences, "city", yours, stored, PostingInput::city);
		compare(differences, "country", yours, stored, PostingInput::country);
		compare(differences, "salaryMin", yours, stored, PostingInput::salaryMin);
		compare(differences, "salaryMax", yours, stored, PostingInput::salaryMax);
		compare(differences, "salaryCurrency", yours, stored, PostingInput::salaryCurrency);
		compare(differences, "salaryPeriod", yours, stored, PostingInput::salaryPeriod);
		compare(differences, "visaSponsorship", yours, stored, PostingInput::visaSponsorship);
		compare(differences, "skills", yours, stored, i -> String.join(", ", i.skills()));
		compare(differences, "description", yours, stored, PostingInput::description);
		compare(differences, "applyUrl", yours, stored, PostingInput::applyUrl);
		compare(differences, "expiryDays", yours, stored, PostingInput::expiryDays);
		compare(differences, "openingType", yours, stored, PostingInput::openingType);
		compare(differences, "applicationDeadline", yours, stored, i -> terms(i, ProgramTerms::applicationDeadline));
		compare(differences, "cohortStart", yours, stored, i -> terms(i, ProgramTerms::cohortStart));
		compare(differences, "programLength", yours, stored, i -> terms(i, t -> (t.length() == null) ? null
				: t.length() + " " + t.lengthUnit()));
		compare(differences, "mentoring", yours, stored, i -> terms(i, ProgramTerms::mentoring));
		compare(differences, "aiExperienceRequired", yours, stored, i -> terms(i, ProgramTerms::aiExperienceRequired));
		compare(differences, "eligibility", yours, stored, i -> terms(i, ProgramTerms::eligibility));
		return new PostingConflictException(posting.getVersion(), posting.getStatus(), differences);
	}

	private static Object terms(PostingInput input, Function<ProgramTerms, Object> value) {
		return (input.program() == null) ? null : value.apply(input.program());
	}

	private static void compare(List<PostingConflictException.Difference> differences, String field,
			PostingInput yours, PostingInput stored, Function<PostingInput, Object> value) {
		Object mine = value.apply(yours);
		Object theirs = value.apply(stored);
		if (!Objects.equals(mine, theirs)) {
			differences.add(new PostingConflictException.Difference(field, text(mine), text(theirs)));
		}
	}

	private static String text(Object value) {
		return (value == null) ? "" : String.valueOf(value);
	}

	/**
	 * Stores the status changes the posting made in its history (the posting has its id by now).
	 */
	private void recordHistory(JobPosting posting) {
		for (JobPosting.StatusChange change : posting.takeStatusChanges()) {
			this.history.save(new PostingHistoryEntry(posting.getId(), change.at(), change.actorId(), change.from(),
					change.to(), change.reason()));
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

}
