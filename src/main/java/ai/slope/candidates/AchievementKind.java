package ai.slope.candidates;

/**
 * The kinds of achievement a profile lists; each says which of medal, rating and tier apply and whether it needs
 * a name of its own.
 */
public enum AchievementKind {

	IMO, IOI, IPHO, NATIONAL_OLYMPIAD, ICPC, CODEFORCES, KAGGLE, AWARD, OTHER;

	public String messageKey() {
		return "candidates.achievement.kind." + name();
	}

	/** An international or national olympiad. */
	public boolean isOlympiad() {
		return this == IMO || this == IOI || this == IPHO || this == NATIONAL_OLYMPIAD;
	}

	public boolean hasMedal() {
		return isOlympiad() || this == ICPC;
	}

	/** The kinds that are named by the seeker: a national olympiad, an award, anything else. */
	public boolean needsName() {
		return this == NATIONAL_OLYMPIAD || this == AWARD || this == OTHER;
	}

}
