package ai.slope.candidates;

import java.time.Instant;
import java.util.ArrayList;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import org.springframework.data.domain.Persistable;

import ai.slope.roles.Seniority;

/**
 * A job seeker's profile, one per account (whose id it shares). Private until its owner makes it
 * discoverable. Changed through {@link CandidateProfiles} only, which checks every value first; the
 * discoverable flag is set on its own and is no change of the profile's version.
 */
@Entity
public class CandidateProfile implements Persistable<Long> {

	@Id
	private Long accountId;

	private String headline = "";

	private String summary = "";

	private String country;

	private String city = "";

	private boolean openToRemote;

	private boolean openToRelocation;

	private Integer yearsOfExperience;

	private Integer minimumSalary;

	private String salaryCurrency;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "candidate_wanted_role_type", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role_type_id")
	private Set<Long> wantedRoleTypeIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "candidate_wanted_seniority", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "seniority")
	@Enumerated(EnumType.STRING)
	private Set<Seniority> wantedSeniorities = EnumSet.noneOf(Seniority.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "candidate_skill", joinColumns = @JoinColumn(name = "account_id"))
	@OrderColumn(name = "position")
	private List<StoredSkill> skills = new ArrayList<>();

	private String githubUrl;

	private String scholarUrl;

	private String huggingFaceUrl;

	private String linkedinUrl;

	private String websiteUrl;

	@Column(insertable = false, updatable = false)
	private boolean discoverable;

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

	void change(CheckedProfile p, Instant now) {
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

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * The version that optimistic locking checks: a save based on an older one is refused.
	 */
	public long getVersion() {
		return this.version;
	}

}
