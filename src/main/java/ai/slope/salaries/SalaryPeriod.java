package ai.slope.salaries;

/**
 * The period a pay amount is quoted for, with how many of them make a working year.
 */
public enum SalaryPeriod {

	YEAR(1), MONTH(12), HOUR(2080);

	private final int perYear;

	SalaryPeriod(int perYear) {
		this.perYear = perYear;
	}

	public int perYear() {
		return this.perYear;
	}

	public String messageKey() {
		return "salary.period." + name();
	}

}
