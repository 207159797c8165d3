package ai.slope.candidates.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ai.slope.candidates.Achievement;
import ai.slope.candidates.AchievementKind;
import ai.slope.candidates.Achievements;
import ai.slope.candidates.KaggleTier;
import ai.slope.candidates.Medal;

/**
 * An achievement as the form sends it. Which of name, medal, rating and tier it needs depends on the kind
 * ({@code Achievements} checks that).
 */
public class AchievementForm {

	@NotNull
	private AchievementKind kind;

	@Size(max = Achievements.MAX_NAME_LENGTH)
	private String name = "";

	@NotNull
	@Min(Achievements.MIN_YEAR)
	@Max(2200)
	private Integer year;

	private Medal medal;

	@Min(0)
	@Max(Achievements.MAX_RATING)
	private Integer rating;

	private KaggleTier tier;

	@Size(max = Achievements.MAX_RANK_LENGTH)
	private String rank = "";

	private Long version;

	static AchievementForm of(Achievement achievement) {
		AchievementForm form = new AchievementForm();
		form.kind = achievement.getKind();
		form.name = achievement.getName();
		form.year = achievement.getYear();
		form.medal = achievement.getMedal();
		form.rating = achievement.getRating();
		form.tier = achievement.getTier();
		form.rank = achievement.getRank();
		form.version = achievement.getVersion();
		return form;
	}

	Achievements.AchievementInput toInput() {
		return new Achievements.AchievementInput(this.kind, this.name, this.year, this.medal, this.rating, this.tier,
				this.rank);
	}

	public AchievementKind getKind() {
		return this.kind;
	}

	public void setKind(AchievementKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Medal getMedal() {
		return this.medal;
	}

	public void setMedal(Medal medal) {
		this.medal = medal;
	}

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public KaggleTier getTier() {
		return this.tier;
	}

	public void setTier(KaggleTier tier) {
		this.tier = tier;
	}

	public String getRank() {
		return this.rank;
	}

	public void setRank(String rank) {
		this.rank = rank;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
