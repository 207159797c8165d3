package ai.slope.roles;

/**
 * Seniority levels, from intern to director or executive. Their labels are in the message files under
 * {@code seniority.*}.
 */
public enum Seniority {

	INTERN, ENTRY, MID, SENIOR, STAFF, PRINCIPAL, DIRECTOR;

	public String messageKey() {
		return "seniority." + name();
	}

}
