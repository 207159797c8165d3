package ai.slope.companies;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A company that posts openings on Slope. Its slug is made from the name once, at creation, and never
 * changes, so links to the company keep working. Recruiters change the profile through {@link Companies};
 * admins verify it.
 */
@Entity
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String website;

	private String description;

	@Enumerated(EnumType.STRING)
	private SizeBand sizeBand;

	private String hqCountry;

	private boolean verified;

	private Instant createdAt;

	/** The logo's hash, or null without a logo; written by {@link CompanyLogos} only, never with the profile. */
	@Column(insertable = false, updatable = false)
	private String logoVersion;

	@Version
	private long version;

	protected Company() {
	}

	public Company(String slug, String name, String website, String description, SizeBand sizeBand,
			String hqCountry, Instant createdAt) {
		this.slug = slug;
		this.name = name;
		this.website = website;
		this.description = description;
		this.sizeBand = sizeBand;
		this.hqCountry = hqCountry;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getDescription() {
		return this.description;
	}

	public SizeBand getSizeBand() {
		return this.sizeBand;
	}

	public String getHqCountry() {
		return this.hqCountry;
	}

	public boolean isVerified() {
		return this.verified;
	}

	public void verify() {
		this.verified = true;
	}

	void unverify() {
		this.verified = false;
	}

	void changeProfile(String name, String website, String description, SizeBand sizeBand, String hqCountry) {
		this.name = name;
		this.website = website;
		this.description = description;
		this.sizeBand = sizeBand;
		this.hqCountry = hqCountry;
	}

	public boolean hasLogo() {
		return this.logoVersion != null;
	}

	/**
	 * The logo's hash, which changes with the logo; null when the company has none.
	 */
	public String getLogoVersion() {
		return this.logoVersion;
	}

	/**
	 * The version of the profile that optimistic locking checks: a save based on an older one is refused.
	 */
	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
