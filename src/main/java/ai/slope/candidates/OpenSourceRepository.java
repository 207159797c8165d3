package ai.slope.candidates;

import java.time.Instant;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An open-source repository a seeker maintains or contributed to, on GitHub, GitLab or Hugging Face, with the stars
 * band they state. Changed through {@link OpenSource} only.
 */
@Entity
@Table(name = "candidate_repository")
public class OpenSourceRepository {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id", insertable = false, updatable = false)
	private CandidateProfile profile;

	private String url;

	@Enumerated(EnumType.STRING)
	private RepositoryRole role;

	@Enumerated(EnumType.STRING)
	private StarsBand stars;

	private Instant createdAt;

	@Version
	private long version;

	protected OpenSourceRepository() {
	}

	OpenSourceRepository(long accountId, Instant now) {
		this.accountId = accountId;
		this.createdAt = now;
	}

	void change(String url, RepositoryRole role, StarsBand stars) {
		this.url = url;
		this.role = role;
		this.stars = stars;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	/** In its canonical form, such as {@code https://github.com/pytorch/pytorch}. */
	public String getUrl() {
		return this.url;
	}

	/** The path after the host: {@code pytorch/pytorch}, {@code datasets/squad/squad}. */
	public String getName() {
		return this.url.substring(this.url.indexOf('/', "https://".length()) + 1);
	}

	/** GitHub, GitLab or Hugging Face: the message key of the site's name. */
	public String getSiteKey() {
		return this.url.startsWith("https://github.com/") ? "candidates.repository.site.github"
				: this.url.startsWith("https://gitlab.com/") ? "candidates.repository.site.gitlab"
						: "candidates.repository.site.huggingface";
	}

	public RepositoryRole getRole() {
		return this.role;
	}

	public StarsBand getStars() {
		return this.stars;
	}

	public long getVersion() {
		return this.version;
	}

}
