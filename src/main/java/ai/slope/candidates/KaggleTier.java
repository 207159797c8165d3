package ai.slope.candidates;

/**
 * Kaggle's progression tiers, highest first.
 */
public enum KaggleTier {

	GRANDMASTER, MASTER, EXPERT, CONTRIBUTOR;

	public String messageKey() {
		return "candidates.achievement.tier." + name();
	}

}
