package ai.slope.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

import ai.slope.companies.Company;
import ai.slope.jobs.search.PublishedPostingsRoutingBinder;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.InputText;

/**
 * An opening at a company. Only published postings are in the search index; the public sees those whose
 * expiry time has not passed.
 */
@Entity
@Indexed(index = "job_posting", routingBinder = @RoutingBinderRef(type = PublishedPostingsRoutingBinder.class))
public class JobPosting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@DocumentId
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id")
	private Company company;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_type_id")
	private RoleType roleType;

	@FullTextField(analyzer = "text", searchAnalyzer = "text_query", projectable = Projectable.YES)
	@FullTextField(name = "spelling", analyzer = "spelling")
	private String title;

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String slug;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Seniority seniority;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private EmploymentType employmentType;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private RemotePolicy remotePolicy;

	@FullTextField(analyzer = "text", searchAnalyzer = "text_query", projectable = Projectable.YES)
	private String city;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String country;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private int salaryMin;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private int salaryMax;

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String salaryCurrency;

	@Enumerated(EnumType.STRING)
	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private SalaryPeriod salaryPeriod;

	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES, aggregable = Aggregable.YES)
	private int salaryMinUsd;

	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES, aggregable = Aggregable.YES)
	private int salaryMaxUsd;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private boolean visaSponsorship;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	@FullTextField(analyzer = "text", searchAnalyzer = "text_query", projectable = Projectable.YES)
	@FullTextField(name = "skillSpelling", analyzer = "spelling")
	private List<String> skills = new ArrayList<>();

	@FullTextField(analyzer = "text", searchAnalyzer = "text_query")
	private String description;

	private String applyUrl;

	@Enumerated(EnumType.STRING)
	private JobStatus status;

	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES, aggregable = Aggregable.YES)
	private Instant publishedAt;

	/** Aggregable for its doc values, which the counts read (see {@code PostingColumns}). */
	@GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
	private Instant expiresAt;

	private Instant createdAt;

	private Instant updatedAt;

	private int expiryDays = PostingRules.DEFAULT_EXPIRY_DAYS;

	@Enumerated(EnumType.STRING)
	private CloseReason closeReason;

	private String rejectReason;

	/** Counted by an SQL update on each public page view, so never written from here. */
	@Column(insertable = false, updatable = false)
	private long viewCount;

	private Instant reminderSentAt;

	private Instant submittedAt;

	/** A job, or one of the programs; a program has the terms below (see {@link ProgramTerms}). */
	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private OpeningType openingType = OpeningType.JOB;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private LocalDate cohortStart;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private Integer programLength;

	@Enumerated(EnumType.STRING)
	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private ProgramLengthUnit programLengthUnit;

	/** The last day to apply to a program (none for a job). */
	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES, aggregable = Aggregable.YES)
	private LocalDate applicationDeadline;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private boolean mentoring;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private boolean aiExperienceRequired = true;

	/** Who may apply to a program, in Markdown. */
	private String eligibility;

	@Version
	private long version;

	/**
	 * Status changes made since the posting was loaded, each with who made it and why, until {@link Postings}
	 * stores them in the posting's history ({@link #takeStatusChanges()}).
	 */
	@Transient
	private final List<StatusChange> statusChanges = new ArrayList<>();

	protected JobPosting() {
	}

	/**
	 * A new draft, made by nobody in particular (the demo data); {@code now} is when it is made.
	 */
	public JobPosting(Company company, RoleType roleType, String title, Instant now) {
		this(company, roleType, title, null, "", now);
	}

	JobPosting(Company company, RoleType roleType, String title, Long actorId, String reason, Instant now) {
		this.company = company;
		this.roleType = roleType;
		this.title = title;
		this.slug = Slugs.of(title);
		this.status = JobStatus.DRAFT;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
		this.updatedAt = this.createdAt;
		this.statusChanges.add(new StatusChange(this.createdAt, actorId, null, JobStatus.DRAFT, reason));
	}

	/**
	 * A draft with everything {@code input} says, written elsewhere than in a recruiter's form (the demo data),
	 * with its pay in annual US dollars already worked out.
	 */
	public static JobPosting written(Company company, RoleType roleType, PostingInput input, int minAnnualUsd,
			int maxAnnualUsd, Instant now) {
		JobPosting posting = new JobPosting(company, roleType, input.title(), now);
		posting.describe(input, roleType, minAnnualUsd, maxAnnualUsd);
		return posting;
	}

	/**
	 * One change of status (or of the dates of a published posting), as it goes into the history.
	 */
	record StatusChange(Instant at, Long actorId, JobStatus from, JobStatus to, String reason) {
	}

	/**
	 * The status changes not stored yet, forgotten here: the caller stores them.
	 */
	List<StatusChange> takeStatusChanges() {
		List<StatusChange> taken = List.copyOf(this.statusChanges);
		this.statusChanges.clear();
		return taken;
	}

	// The lifecycle. Each transition checks that it may happen from the present status (PostingStateException
	// otherwise, naming the action and the status) and records itself for the history.

	/**
	 * Publishes a draft from {@code publishedAt} until {@code expiresAt}, to the microsecond that PostgreSQL
	 * keeps; {@code now} is when this change is made. For postings written elsewhere (the demo data); recruiters'
	 * postings are published through {@link Postings}.
	 * @throws PostingStateException when the posting is not a draft
	 */
	public void publish(Instant publishedAt, Instant expiresAt, Instant now) {
		requireStatus("publish", JobStatus.DRAFT);
		publishBetween(publishedAt, expiresAt, null, "", now);
	}

	/**
	 * Sends a published posting back to the admins' review queue, as when a company that is not verified
	 * changes what an admin approved (the demo data puts a few there this way).
	 * @throws PostingStateException when the posting is not published
	 */
	public void sendToReview(Instant now) {
		backToReview(null, "", now);
	}

	void backToReview(Long actorId, String reason, Instant now) {
		requireStatus("submit", JobStatus.PUBLISHED);
		toReview(actorId, reason, now);
	}

	/**
	 * A draft (or a rejected posting, corrected) goes on the board at once when its company is verified, and
	 * to the admins' review queue otherwise.
	 */
	void submit(Long actorId, Instant now) {
		requireStatus("submit", JobStatus.DRAFT, JobStatus.REJECTED);
		publishOrReview(actorId, now);
	}

	/**
	 * An admin approves a posting in review: it is published now.
	 */
	void approve(Long adminId, Instant now) {
		requireStatus("approve", JobStatus.PENDING_REVIEW);
		publishNow(adminId, "postings.reason.approved", now);
	}

	void reject(Long adminId, String reason, Instant now) {
		requireStatus("reject", JobStatus.PENDING_REVIEW);
		this.rejectReason = reason;
		moveTo(JobStatus.REJECTED, adminId, reason, now);
	}

	/**
	 * Closes a posting on the board or in review, filled or cancelled.
	 */
	void close(Long actorId, CloseReason reason, Instant now) {
		requireStatus("close", JobStatus.PUBLISHED, JobStatus.PENDING_REVIEW);
		this.closeReason = reason;
		moveTo(JobStatus.CLOSED, actorId, reason.messageKey(), now);
	}

	/**
	 * The daily job takes a published posting whose time is up off the board.
	 */
	void expire(Instant now) {
		requireStatus("expire", JobStatus.PUBLISHED);
		if (this.expiresAt.isAfter(now)) {
			throw new PostingStateException("expire", this.status);
		}
		moveTo(JobStatus.EXPIRED, null, isProgram() ? "postings.reason.deadline-passed" : "postings.reason.expired",
				now);
	}

	/**
	 * A closed or expired posting goes on the board again, afresh, for {@code days} days (its chosen number when
	 * null); a company that is not verified waits for review again.
	 */
	void relist(Long actorId, Integer days, Instant now) {
		requireStatus("relist", JobStatus.CLOSED, JobStatus.EXPIRED);
		if (days != null && !isProgram()) {
			this.expiryDays = days;
		}
		publishOrReview(actorId, now);
	}

	/**
	 * Moves the expiry of a published posting to {@code days} days from now; the recruiters are reminded again
	 * before the new date. Not a change of status, but the recruiters see it in the history with the others.
	 */
	void extend(Long actorId, int days, Instant now) {
		requireStatus("extend", JobStatus.PUBLISHED);
		if (isProgram()) {
			// a program stays open until its deadline: moving the deadline is what keeps it open longer
			throw new PostingStateException("extend", this.status);
		}
		this.expiryDays = days;
		this.expiresAt = now.plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
		this.reminderSentAt = null;
		moveTo(JobStatus.PUBLISHED, actorId, "postings.reason.extended", now);
	}

	private void publishOrReview(Long actorId, Instant now) {
		if (this.company.isVerified()) {
			publishNow(actorId, "postings.reason.published-verified", now);
		}
		else {
			toReview(actorId, "postings.reason.sent-to-review", now);
		}
	}

	private void toReview(Long actorId, String reason, Instant now) {
		this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.rejectReason = null;
		moveTo(JobStatus.PENDING_REVIEW, actorId, reason, now);
	}

	/**
	 * Publishes the posting now for its chosen number of days; a relisted posting starts afresh.
	 */
	private void publishNow(Long actorId, String reason, Instant now) {
		publishBetween(now, isProgram() ? closingTime() : now.plus(this.expiryDays, ChronoUnit.DAYS), actorId, reason,
				now);
		this.closeReason = null;
		this.rejectReason = null;
		this.reminderSentAt = null;
	}

	private void publishBetween(Instant publishedAt, Instant expiresAt, Long actorId, String reason, Instant now) {
		if (!expiresAt.isAfter(publishedAt)) {
			throw new IllegalArgumentException("A posting must expire after it is published");
		}
		this.publishedAt = publishedAt.truncatedTo(ChronoUnit.MICROS);
		this.expiresAt = expiresAt.truncatedTo(ChronoUnit.MICROS);
		moveTo(JobStatus.PUBLISHED, actorId, reason, now);
	}

	private void requireStatus(String action, JobStatus... allowed) {
		for (JobStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new PostingStateException(action, this.status);
	}

	private void moveTo(JobStatus to, Long actorId, String reason, Instant now) {
		JobStatus from = this.status;
		this.status = to;
		touch(now);
		this.statusChanges.add(new StatusChange(this.updatedAt, actorId, from, to, reason));
	}

	/**
	 * Everything the recruiter writes, with the pay in annual US dollars for comparing and filtering.
	 */
	void describe(PostingInput input, RoleType roleType, int minAnnualUsd, int maxAnnualUsd) {
		setTitle(InputText.singleLine(input.title()));
		this.roleType = roleType;
		this.seniority = input.seniority();
		this.employmentType = input.employmentType();
		this.remotePolicy = input.remotePolicy();
		this.city = input.city();
		this.country = input.country();
		setSalary(input.salaryMin(), input.salaryMax(), input.salaryCurrency(), input.salaryPeriod(), minAnnualUsd,
				maxAnnualUsd);
		this.visaSponsorship = input.visaSponsorship();
		this.skills = new ArrayList<>(input.skills());
		this.description = input.description();
		this.applyUrl = input.applyUrl();
		if (input.expiryDays() != null) {
			this.expiryDays = input.expiryDays();
		}
		setOpening(input.openingType(), input.program());
	}

	/**
	 * When a program stops taking applications: the end of its deadline's day Anywhere on Earth
	 * ({@link ProgramTerms#closingTime}); null for a job, which closes after its days on the board.
	 */
	public Instant closingTime() {
		return (isProgram() && this.applicationDeadline != null) ? ProgramTerms.closingTime(this.applicationDeadline)
				: null;
	}

	/**
	 * Whether a program's deadline has passed at {@code now}, so that it cannot go on the board (false for a job).
	 */
	public boolean isPastDeadline(Instant now) {
		Instant closing = closingTime();
		return closing != null && !closing.isAfter(now);
	}

	/**
	 * After an edit of a published posting: a program leaves the board at its (perhaps moved) deadline, a posting
	 * that stopped being a program after its days on the board from now. A moved date is recorded in the history,
	 * and the recruiters are reminded again before it.
	 */
	void followDeadline(Long actorId, boolean wasProgram, Instant now) {
		if (this.status != JobStatus.PUBLISHED) {
			return;
		}
		Instant until = isProgram() ? closingTime()
				: wasProgram ? now.plus(this.expiryDays, ChronoUnit.DAYS) : this.expiresAt;
		until = until.truncatedTo(ChronoUnit.MICROS);
		if (!until.equals(this.expiresAt)) {
			this.expiresAt = until;
			this.reminderSentAt = null;
			moveTo(JobStatus.PUBLISHED, actorId, "postings.reason.deadline-moved", now);
		}
	}

	/**
	 * A job has no program terms, whatever is given; a program keeps all of them.
	 */
	private void setOpening(OpeningType type, ProgramTerms program) {
		this.openingType = (type == null) ? OpeningType.JOB : type;
		ProgramTerms terms = this.openingType.isProgram() ? program : null;
		this.cohortStart = (terms == null) ? null : terms.cohortStart();
		this.programLength = (terms == null || terms.lengthUnit() == null) ? null : terms.length();
		this.programLengthUnit = (this.programLength == null) ? null : terms.lengthUnit();
		this.applicationDeadline = (terms == null) ? null : terms.applicationDeadline();
		this.mentoring = terms != null && terms.mentoring();
		this.aiExperienceRequired = terms == null || terms.aiExperienceRequired();
		this.eligibility = (terms == null) ? null : terms.eligibility();
	}

	void markReminderSent(Instant now) {
		this.reminderSentAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void touch(Instant now) {
		this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public boolean isLive(Instant now) {
		return this.status == JobStatus.PUBLISHED && this.expiresAt != null && this.expiresAt.isAfter(now);
	}

	/**
	 * Whether the posting was on the board and is not any more: closed, expired, or past its date before the
	 * daily job marks it expired. Its page stays, saying it no longer takes applications. One closed in its first
	 * review was never public, so it has not ended in this sense (its title stays unknown).
	 */
	public boolean hasEnded(Instant now) {
		return this.publishedAt != null && (this.status == JobStatus.CLOSED || this.status == JobStatus.EXPIRED
				|| (this.status == JobStatus.PUBLISHED && this.expiresAt != null && !this.expiresAt.isAfter(now)));
	}

	public Long getId() {
		return this.id;
	}

	public Company getCompany() {
		return this.company;
	}

	@Transient
	@FullTextField(name = "companyName", analyzer = "text", searchAnalyzer = "text_query", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getCompanyName() {
		return this.company.getName();
	}

	/**
	 * Every text a keyword search looks at, in one field ({@code text}), the weightier ones more than once: the
	 * title four times, each skill three times, the company's name twice, the city and the description once.
	 * Keyword searches score this one field, so that each word of a query is one scorer whose best score per
	 * block of postings Lucene knows, and it can skip the blocks that cannot reach the first page; over five
	 * fields the bounds are too loose for that (see docs/search.md).
	 */
	@Transient
	@FullTextField(name = "text", analyzer = "text", searchAnalyzer = "text_query")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getSearchText() {
		List<String> text = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			text.add(this.title);
		}
		for (String skill : this.skills) {
			for (int i = 0; i < 3; i++) {
				text.add(skill);
			}
		}
		text.add(getCompanyName());
		text.add(getCompanyName());
		if (this.city != null) {
			text.add(this.city);
		}
		if (this.description != null) {
			text.add(this.description);
		}
		return text;
	}

	@Transient
	@KeywordField(name = "companySlug", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getCompanySlug() {
		return this.company.getSlug();
	}

	public RoleType getRoleType() {
		return this.roleType;
	}

	void setRoleType(RoleType roleType) {
		this.roleType = roleType;
	}

	@Transient
	@KeywordField(name = "roleType", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getRoleTypeSlug() {
		return this.roleType.getSlug();
	}

	public String getTitle() {
		return this.title;
	}

	void setTitle(String title) {
		this.title = title;
		this.slug = Slugs.of(title);
	}

	public String getSlug() {
		return this.slug;
	}

	public Seniority getSeniority() {
		return this.seniority;
	}

	void setSeniority(Seniority seniority) {
		this.seniority = seniority;
	}

	public EmploymentType getEmploymentType() {
		return this.employmentType;
	}

	void setEmploymentType(EmploymentType employmentType) {
		this.employmentType = employmentType;
	}

	public RemotePolicy getRemotePolicy() {
		return this.remotePolicy;
	}

	void setLocation(RemotePolicy remotePolicy, String city, String country) {
		this.remotePolicy = remotePolicy;
		this.city = city;
		this.country = country;
	}

	public String getCity() {
		return this.city;
	}

	public String getCountry() {
		return this.country;
	}

	/**
	 * Sets the pay range, with the same range in annual US dollars for comparing and filtering.
	 */
	void setSalary(int min, int max, String currency, SalaryPeriod period, int minAnnualUsd,
			int maxAnnualUsd) {
		if (min <= 0 || min > max) {
			throw new IllegalArgumentException("Salary range must be positive with min <= max");
		}
		this.salaryMin = min;
		this.salaryMax = max;
		this.salaryCurrency = currency;
		this.salaryPeriod = period;
		this.salaryMinUsd = minAnnualUsd;
		this.salaryMaxUsd = maxAnnualUsd;
	}

	public int getSalaryMin() {
		return this.salaryMin;
	}

	public int getSalaryMax() {
		return this.salaryMax;
	}

	public String getSalaryCurrency() {
		return this.salaryCurrency;
	}

	public SalaryPeriod getSalaryPeriod() {
		return this.salaryPeriod;
	}

	public int getSalaryMinUsd() {
		return this.salaryMinUsd;
	}

	public int getSalaryMaxUsd() {
		return this.salaryMaxUsd;
	}

	public boolean isVisaSponsorship() {
		return this.visaSponsorship;
	}

	void setVisaSponsorship(boolean visaSponsorship) {
		this.visaSponsorship = visaSponsorship;
	}

	public List<String> getSkills() {
		return List.copyOf(this.skills);
	}

	void setSkills(List<String> skills) {
		this.skills = new ArrayList<>(skills);
	}

	public String getDescription() {
		return this.description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	public String getApplyUrl() {
		return this.applyUrl;
	}

	/**
	 * Where to apply: an external URL, or {@code null} to apply in Slope.
	 */
	void setApplyUrl(String applyUrl) {
		this.applyUrl = applyUrl;
	}

	/**
	 * Whether applications are taken in Slope: there is no apply URL, or it is not an http(s) address (so no
	 * {@code javascript:} link ever reaches a page).
	 */
	public boolean isInAppApply() {
		return this.applyUrl == null || this.applyUrl.isBlank() || !PostingRules.isWebAddress(this.applyUrl);
	}

	public JobStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public int getExpiryDays() {
		return this.expiryDays;
	}

	public CloseReason getCloseReason() {
		return this.closeReason;
	}

	public String getRejectReason() {
		return this.rejectReason;
	}

	public long getViewCount() {
		return this.viewCount;
	}

	public Instant getReminderSentAt() {
		return this.reminderSentAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public OpeningType getOpeningType() {
		return this.openingType;
	}

	public boolean isProgram() {
		return this.openingType.isProgram();
	}

	/**
	 * A program's terms; null for a job.
	 */
	public ProgramTerms getProgramTerms() {
		if (!isProgram()) {
			return null;
		}
		return new ProgramTerms(this.cohortStart, this.programLength, this.programLengthUnit,
				this.applicationDeadline, this.mentoring, this.aiExperienceRequired, this.eligibility);
	}

	public LocalDate getApplicationDeadline() {
		return this.applicationDeadline;
	}

}
