package ai.slope.jobs;

import java.time.Instant;
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

	@Version
	private long version;

	protected JobPosting() {
	}

	public JobPosting(Company company, RoleType roleType, String title, Instant now) {
		this.company = company;
		this.roleType = roleType;
		this.title = title;
		this.slug = Slugs.of(title);
		this.status = JobStatus.DRAFT;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
		this.updatedAt = this.createdAt;
	}

	/**
	 * Publishes the posting from {@code publishedAt} until {@code expiresAt}, to the microsecond that
	 * PostgreSQL keeps; {@code now} is when this change is made.
	 */
	public void publish(Instant publishedAt, Instant expiresAt, Instant now) {
		if (!expiresAt.isAfter(publishedAt)) {
			throw new IllegalArgumentException("A posting must expire after it is published");
		}
		this.status = JobStatus.PUBLISHED;
		this.publishedAt = publishedAt.truncatedTo(ChronoUnit.MICROS);
		this.expiresAt = expiresAt.truncatedTo(ChronoUnit.MICROS);
		this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Sends the posting to the admins' review queue: after it is submitted by a company that is not verified,
	 * or when such a company changes what an admin approved.
	 */
	public void sendToReview(Instant now) {
		this.status = JobStatus.PENDING_REVIEW;
		this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.rejectReason = null;
		touch(now);
	}

	void reject(String reason, Instant now) {
		this.status = JobStatus.REJECTED;
		this.rejectReason = reason;
		touch(now);
	}

	void close(CloseReason reason, Instant now) {
		this.status = JobStatus.CLOSED;
		this.closeReason = reason;
		touch(now);
	}

	void expire(Instant now) {
		this.status = JobStatus.EXPIRED;
		touch(now);
	}

	/**
	 * Publishes the posting now for its chosen number of days; a relisted posting starts afresh.
	 */
	void publishNow(Instant now) {
		publish(now, now.plus(this.expiryDays, ChronoUnit.DAYS), now);
		this.closeReason = null;
		this.rejectReason = null;
		this.reminderSentAt = null;
	}

	/**
	 * Moves the expiry to {@code days} days from now; the recruiters are reminded again before the new date.
	 */
	void extend(int days, Instant now) {
		this.expiryDays = days;
		this.expiresAt = now.plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
		this.reminderSentAt = null;
		touch(now);
	}

	void markReminderSent(Instant now) {
		this.reminderSentAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	void setExpiryDays(int expiryDays) {
		this.expiryDays = expiryDays;
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

	public void setTitle(String title) {
		this.title = title;
		this.slug = Slugs.of(title);
	}

	public String getSlug() {
		return this.slug;
	}

	public Seniority getSeniority() {
		return this.seniority;
	}

	public void setSeniority(Seniority seniority) {
		this.seniority = seniority;
	}

	public EmploymentType getEmploymentType() {
		return this.employmentType;
	}

	public void setEmploymentType(EmploymentType employmentType) {
		this.employmentType = employmentType;
	}

	public RemotePolicy getRemotePolicy() {
		return this.remotePolicy;
	}

	public void setLocation(RemotePolicy remotePolicy, String city, String country) {
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
	public void setSalary(int min, int max, String currency, SalaryPeriod period, int minAnnualUsd,
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

	public void setVisaSponsorship(boolean visaSponsorship) {
		this.visaSponsorship = visaSponsorship;
	}

	public List<String> getSkills() {
		return List.copyOf(this.skills);
	}

	public void setSkills(List<String> skills) {
		this.skills = new ArrayList<>(skills);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getApplyUrl() {
		return this.applyUrl;
	}

	/**
	 * Where to apply: an external URL, or {@code null} to apply in Slope.
	 */
	public void setApplyUrl(String applyUrl) {
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

}
