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

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An achievement on a seeker's profile: an olympiad medal, a competitive-programming result, a Kaggle tier, an
 * award. Changed through {@link Achievements} only.
 */
@Entity
@Table(name = "candidate_achievement")
public class Achievement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id", insertable = false, updatable = false)
	private CandidateProfile profile;

	@Enumerated(EnumType.STRING)
	private AchievementKind kind;

	private String name = "";

	private int year;

	@Enumerated(EnumType.STRING)
	private Medal medal;

	private Integer rating;

	@Enumerated(EnumType.STRING)
	private KaggleTier tier;

	@Column(name = "rank_text")
	private String rank = "";

	private Instant createdAt;

	@Version
	private long version;

	protected Achievement() {
	}

	Achievement(long accountId, Instant now) {
		this.accountId = accountId;
		this.createdAt = now;
	}

	void change(Achievements.Checked checked) {
		this.kind = checked.kind();
		this.name = checked.name();
		this.year = checked.year();
		this.medal = checked.medal();
		this.rating = checked.rating();
		this.tier = checked.tier();
		this.rank = checked.rank();
	}

	public Long getId() {
		return this.id;
	}

	public AchievementKind getKind() {
		return this.kind;
	}

	/** The seeker's name for it (a national olympiad, an award); empty for the kinds named by Slope. */
	public String getName() {
		return this.name;
	}

	public int getYear() {
		return this.year;
	}

	/** Null when none (or the kind has none). */
	public Medal getMedal() {
		return this.medal;
	}

	/** The Codeforces rating, or null. */
	public Integer getRating() {
		return this.rating;
	}

	/** The Kaggle tier, or null. */
	public KaggleTier getTier() {
		return this.tier;
	}

	/** A rank or level in the seeker's words (“World Finals, 12th”), or empty. */
	public String getRank() {
		return this.rank;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * What it is, in the reader's language: “IMO silver medal”, “Codeforces rating 2400”, “Kaggle Grandmaster”,
	 * “ACM Turing Award”.
	 */
	public CareerGrowth.Explanation describe() {
		Object what = this.kind.needsName() ? this.name : new DefaultMessageSourceResolvable(this.kind.messageKey());
		if (this.kind == AchievementKind.CODEFORCES && this.rating != null) {
			return new CareerGrowth.Explanation("candidates.achievement.text.rating", what, this.rating);
		}
		if (this.kind == AchievementKind.KAGGLE && this.tier != null) {
			return new CareerGrowth.Explanation("candidates.achievement.text.tier", what,
					new DefaultMessageSourceResolvable(this.tier.messageKey()));
		}
		if (this.medal != null) {
			return new CareerGrowth.Explanation("candidates.achievement.text.medal", what,
					new DefaultMessageSourceResolvable(this.medal.messageKey()));
		}
		return new CareerGrowth.Explanation("candidates.achievement.text.plain", what);
	}

	public Long getAccountId() {
		return this.accountId;
	}

}
