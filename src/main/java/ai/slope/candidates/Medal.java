package ai.slope.candidates;

/**
 * A medal at an olympiad or the ICPC, best first.
 */
public enum Medal {

	GOLD, SILVER, BRONZE, HONOURABLE_MENTION;

	public String messageKey() {
		return "candidates.achievement.medal." + name();
	}

}
