package ai.slope.candidates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBinderRef;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.NonStandardField;

import org.springframework.data.domain.Persistable;

import ai.slope.candidates.search.DiscoverableProfilesRoutingBinder;
import ai.slope.candidates.search.SignalFeatureBinder;
import ai.slope.roles.Seniority;
import ai.slope.web.SkillTags;

/**
 * A job seeker's profile, one per account (whose id it shares). Private until its owner makes it
 * discoverable. Changed through {@link CandidateProfiles} only, which checks every value first; the
 * discoverable flag is set on its own and is no change of the profile's version.
 * <p>
 * Discoverable profiles are in the search index (see {@link CandidateSearch}); the fields made from skills,
 * publications and links are refreshed by {@link CandidateIndex} whenever the profile, its publications or its
 * discoverability change.
 */
@Entity
@Indexed(index = "candidate_profile", routingBinder = @RoutingBinderRef(type = DiscoverableProfilesRoutingBinder.class))
public class CandidateProfile implements Persistable<Long> {

	@Id
	private Long accountId;

	@FullTextField(analyzer = "text", searchAnalyzer = "text_query")
	private String headline = "";

	@FullTextField(analyzer = "text", searchAnalyzer = "text_query")
	private String summary = "";

	@KeywordField
	private String country;

	private String city = "";

	@GenericField
	private boolean openToRemote;

	@GenericField
	private boolean openToRelocation;

	@GenericField
	private Integer yearsOfExperience;

	private Integer minimumSalary;

	private String salaryCurrency;

	/** {@link #minimumSalary} a year in US dollars at the rates of the last save, or null. */
	@GenericField
	private Integer minimumSalaryUsd;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "candidate_wanted_role_type", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role_type_id")
	@GenericField(name = "roleType")
	private Set<Long> wantedRoleTypeIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "candidate_wanted_seniority", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "seniority")
	@Enumerated(EnumType.STRING)
	@KeywordField(name = "seniority")
	private Set<Seniority> wantedSeniorities = EnumSet.noneOf(Seniority.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "candidate_skill", joinColumns = @JoinColumn(name = "account_id"))
	@OrderColumn(name = "position")
	private List<StoredSkill> skills = new ArrayList<>();

	/** Read only: {@link Publications} changes them. */
	@OneToMany(mappedBy = "profile", fetch = FetchType.LAZY)
	@BatchSize(size = 50)
	private List<Publication> publications = new ArrayList<>();

	/** Read only: {@link CareerPositions} changes them. */
	@OneToMany(mappedBy = "profile", fetch = FetchType.LAZY)
	@BatchSize(size = 50)
	private List<CareerPosition> positions = new ArrayList<>();

	/** Read only: {@link Achievements} changes them. */
	@OneToMany(mappedBy = "profile", fetch = FetchType.LAZY)
	@BatchSize(size = 50)
	private List<Achievement> achievements = new ArrayList<>();

	/** Read only: {@link OpenSource} changes them. */
	@OneToMany(mappedBy = "profile", fetch = FetchType.LAZY)
	@BatchSize(size = 50)
	private List<OpenSourceRepository> repositories = new ArrayList<>();

	private String githubUrl;

	private String scholarUrl;

	private String huggingFaceUrl;

	private String linkedinUrl;

	private String websiteUrl;

	private String aminerUrl;

	private String openreviewUrl;

	private String orcidUrl;

	private String dblpUrl;

	private String semanticScholarUrl;

	@Column(insertable = false, updatable = false)
	private boolean discoverable;

	/**
	 * Whether an admin has suspended the account: its profile is then found by no one, discoverable or not. Kept
	 * in the suspension's transaction by {@link SuspendedAccounts}, as the profile's own column.
	 */
	@Column(insertable = false, updatable = false)
	private boolean accountSuspended;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	/** A profile made here is inserted, never merged into one that another tab created meanwhile. */
	@Transient
	private boolean isNew;

	protected CandidateProfile() {
	}

	CandidateProfile(long accountId, Instant now) {
		this.accountId = accountId;
		this.createdAt = now;
		this.updatedAt = now;
		this.isNew = true;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.isNew = false;
	}

	@Override
	public Long getId() {
		return this.accountId;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	void change(CheckedProfile p, Integer minimumSalaryUsd, Instant now) {
		this.minimumSalaryUsd = minimumSalaryUsd;
		this.headline = p.headline();
		this.summary = p.summary();
		this.country = p.country();
		this.city = p.city();
		this.openToRemote = p.openToRemote();
		this.openToRelocation = p.openToRelocation();
		this.yearsOfExperience = p.yearsOfExperience();
		this.minimumSalary = p.minimumSalary();
		this.salaryCurrency = p.salaryCurrency();
		this.wantedRoleTypeIds.clear();
		this.wantedRoleTypeIds.addAll(p.roleTypeIds());
		this.wantedSeniorities.clear();
		this.wantedSeniorities.addAll(p.seniorities());
		this.skills.clear();
		p.skills().forEach(skill -> this.skills.add(new StoredSkill(skill)));
		this.githubUrl = p.githubUrl();
		this.scholarUrl = p.scholarUrl();
		this.huggingFaceUrl = p.huggingFaceUrl();
		this.linkedinUrl = p.linkedinUrl();
		this.websiteUrl = p.websiteUrl();
		this.aminerUrl = p.aminerUrl();
		this.openreviewUrl = p.openreviewUrl();
		this.orcidUrl = p.orcidUrl();
		this.dblpUrl = p.dblpUrl();
		this.semanticScholarUrl = p.semanticScholarUrl();
		this.updatedAt = now;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getSummary() {
		return this.summary;
	}

	/** ISO 3166-1 alpha-2, or null. */
	public String getCountry() {
		return this.country;
	}

	public String getCity() {
		return this.city;
	}

	public boolean isOpenToRemote() {
		return this.openToRemote;
	}

	public boolean isOpenToRelocation() {
		return this.openToRelocation;
	}

	public Integer getYearsOfExperience() {
		return this.yearsOfExperience;
	}

	/** A year's pay in {@link #getSalaryCurrency()}, or null. */
	public Integer getMinimumSalary() {
		return this.minimumSalary;
	}

	public String getSalaryCurrency() {
		return this.salaryCurrency;
	}

	public Set<Long> getWantedRoleTypeIds() {
		return Set.copyOf(this.wantedRoleTypeIds);
	}

	public Set<Seniority> getWantedSeniorities() {
		return this.wantedSeniorities.isEmpty() ? EnumSet.noneOf(Seniority.class) : EnumSet.copyOf(this.wantedSeniorities);
	}

	/** In the order their owner listed them. */
	public List<SkillTags.Skill> getSkills() {
		return this.skills.stream().map(StoredSkill::toSkill).toList();
	}

	public String getGithubUrl() {
		return this.githubUrl;
	}

	public String getScholarUrl() {
		return this.scholarUrl;
	}

	public String getHuggingFaceUrl() {
		return this.huggingFaceUrl;
	}

	public String getLinkedinUrl() {
		return this.linkedinUrl;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	/**
	 * The link to the site, or null.
	 */
	public String link(ProfileLinks.Site site) {
		return switch (site) {
			case GITHUB -> this.githubUrl;
			case SCHOLAR -> this.scholarUrl;
			case HUGGING_FACE -> this.huggingFaceUrl;
			case LINKEDIN -> this.linkedinUrl;
			case WEBSITE -> this.websiteUrl;
			case AMINER -> this.aminerUrl;
			case OPENREVIEW -> this.openreviewUrl;
			case ORCID -> this.orcidUrl;
			case DBLP -> this.dblpUrl;
			case SEMANTIC_SCHOLAR -> this.semanticScholarUrl;
		};
	}

	public boolean hasLinks() {
		for (ProfileLinks.Site site : ProfileLinks.Site.values()) {
			if (link(site) != null) {
				return true;
			}
		}
		return false;
	}

	public boolean isDiscoverable() {
		return this.discoverable;
	}

	/**
	 * Whether recruiters may find and read the profile: its owner made it discoverable and the account is not
	 * suspended.
	 */
	public boolean isFindable() {
		return this.discoverable && !this.accountSuspended;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Integer getMinimumSalaryUsd() {
		return this.minimumSalaryUsd;
	}

	/** The skills' tags, which must-have and nice-to-have skills are compared with. */
	@KeywordField(name = "skill")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getSkillTags() {
		return this.skills.stream().map(skill -> skill.toSkill().tag()).toList();
	}

	/** The skills as their owner wrote them, for keywords. */
	@FullTextField(name = "skillText", analyzer = "text", searchAnalyzer = "text_query")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getSkillText() {
		return this.skills.stream().map(skill -> skill.toSkill().display()).toList();
	}

	@FullTextField(name = "publicationTitle", analyzer = "text", searchAnalyzer = "text_query")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getPublicationTitles() {
		return this.publications.stream().map(Publication::getTitle).toList();
	}

	@FullTextField(name = "publicationVenue", analyzer = "text", searchAnalyzer = "text_query")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getPublicationVenues() {
		return this.publications.stream().map(Publication::getVenue).filter(venue -> !venue.isBlank()).toList();
	}

	/** The publications' number, citations and h-index, from the loaded publications. */
	public PublicationMetrics getPublicationMetrics() {
		return PublicationMetrics.of(this.publications.stream().map(Publication::getCitations).toList());
	}

	@GenericField(name = "publicationCount")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public int getPublicationCount() {
		return this.publications.size();
	}

	@GenericField(name = "citations")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public long getCitations() {
		return getPublicationMetrics().totalCitations();
	}

	@GenericField(name = "hIndex")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public int getHIndex() {
		return getPublicationMetrics().hIndex();
	}

	/** What the profile's research signals add to its rank (see {@link CandidateRanking#signalsOf}). */
	@NonStandardField(name = "signals", valueBinder = @ValueBinderRef(type = SignalFeatureBinder.class))
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Float getSignalScore() {
		return (float) CandidateRanking.signalsOf(this).stream().mapToDouble(CandidateRanking.SignalCounted::weight).sum();
	}

	/**
	 * What a profile's research signals add to its rank when it is matched to a posting of a research role type
	 * (see {@link CandidateRanking#RESEARCH_TIERS}), on top of {@link #getSignalScore()}.
	 */
	@NonStandardField(name = "researchSignals", valueBinder = @ValueBinderRef(type = SignalFeatureBinder.class))
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Float getResearchSignalScore() {
		return (float) CandidateRanking.researchSignalsOf(this)
			.stream()
			.mapToDouble(CandidateRanking.SignalCounted::researchWeight)
			.sum();
	}

	/** The numbers that answer the search's top-venue paper filter (see {@link TopVenuePapers}). */
	@GenericField(name = TopVenuePapers.FIELD)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<Integer> getTopVenuePaperKeys() {
		return TopVenuePapers.indexValues(this.publications);
	}

	/** The papers that the criteria of a search's top-venue filter count. */
	public TopVenuePapers.Found topVenuePapers(TopVenuePapers.Criteria criteria) {
		return TopVenuePapers.found(this.publications, criteria);
	}

	/** The kinds of the achievements (IMO, KAGGLE, ...), for the search's achievement filter. */
	@KeywordField(name = "achievementKind")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getAchievementKinds() {
		return this.achievements.stream().map(achievement -> achievement.getKind().name()).distinct().toList();
	}

	/** Whether the profile maintains an open-source repository, for the search's maintainer filter. */
	@GenericField(name = "openSourceMaintainer")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public boolean isOpenSourceMaintainer() {
		return this.repositories.stream().anyMatch(repository -> repository.getRole() == RepositoryRole.MAINTAINER);
	}

	/** Levels climbed a year (see {@link CareerGrowth}), or null when the career gives none. */
	@GenericField(name = "growthRate")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Double getGrowthRate() {
		return getCareerGrowth().map(CareerGrowth::levelsPerYear).orElse(null);
	}

	/** The sites the profile links to, by name (GITHUB, SCHOLAR, HUGGING_FACE, ...). */
	@KeywordField(name = "link")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getLinkedSites() {
		return Arrays.stream(ProfileLinks.Site.values())
			.filter(site -> link(site) != null)
			.map(Enum::name)
			.toList();
	}

	/** The publications, newest first. */
	public List<Publication> getPublications() {
		return this.publications.stream()
			.sorted(Comparator.comparingInt(Publication::getYear)
				.reversed()
				.thenComparing(Comparator.comparingInt(Publication::getCitations).reversed()))
			.toList();
	}

	/** The career's positions, latest start first. */
	public List<CareerPosition> getPositions() {
		return this.positions.stream()
			.sorted(Comparator.comparing(CareerPosition::getStart).reversed())
			.toList();
	}

	/** The achievements, newest first. */
	public List<Achievement> getAchievements() {
		return this.achievements.stream().sorted(Comparator.comparingInt(Achievement::getYear).reversed()).toList();
	}

	/** The open-source repositories. */
	public List<OpenSourceRepository> getRepositories() {
		return List.copyOf(this.repositories);
	}

	/** The growth of the career (see {@link CareerGrowth}); empty without positions. */
	public java.util.Optional<CareerGrowth> getCareerGrowth() {
		return CareerGrowth.of(this.positions.stream().map(CareerPosition::step).toList());
	}

	/**
	 * The version that optimistic locking checks: a save based on an older one is refused.
	 */
	public long getVersion() {
		return this.version;
	}

}
