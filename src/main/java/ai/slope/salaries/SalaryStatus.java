package ai.slope.salaries;

/**
 * Where a salary record stands: waiting for review (submissions), counted in the statistics, refused, or flagged
 * as an outlier for an admin to look at. Labels under {@code salaries.status.*}.
 */
public enum SalaryStatus {

	PENDING, APPROVED, REJECTED, FLAGGED;

	public String messageKey() {
		return "salaries.status." + name();
	}

}
