package ai.slope.salaries;

import ai.slope.roles.Seniority;

/**
 * The experience levels of the aijobs.net salary index: entry, mid, senior, executive. Their labels are in the
 * salaries message bundle under {@code salaries.level.*}.
 */
public enum ExperienceLevel {

	EN, MI, SE, EX;

	public String messageKey() {
		return "salaries.level." + name();
	}

	/**
	 * The level a posting’s seniority compares with: interns and entry-level with EN, mid-level with MI, senior,
	 * staff and principal with SE, directors with EX.
	 */
	public static ExperienceLevel of(Seniority seniority) {
		return switch (seniority) {
			case INTERN, ENTRY -> EN;
			case MID -> MI;
			case SENIOR, STAFF, PRINCIPAL -> SE;
			case DIRECTOR -> EX;
		};
	}

	static ExperienceLevel parse(String value) {
		for (ExperienceLevel level : values()) {
			if (level.name().equals(value)) {
				return level;
			}
		}
		return null;
	}

}
