package ai.slope.companies;

/**
 * How many people a company employs. Labels are in the message files under {@code company.size.*}.
 */
public enum SizeBand {

	SEED, SMALL, MEDIUM, LARGE, ENTERPRISE;

	public String messageKey() {
		return "company.size." + name();
	}

}
