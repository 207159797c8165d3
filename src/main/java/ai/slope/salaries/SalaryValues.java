package ai.slope.salaries;

/**
 * The checked values of one salary report, as an import row, a submission or an admin’s edit gives them.
 *
 * @param amount the gross yearly amount in {@code currency}
 * @param remoteRatio 0 (under 20% remote), 50 (hybrid) or 100 (over 80% remote)
 */
public record SalaryValues(int year, ExperienceLevel experienceLevel, String employmentType, String jobTitle,
		long amount, String currency, String employeeResidence, int remoteRatio, String companyLocation,
		String companySize) {

	/**
	 * The values joined in a fixed order with a separator no value can hold: what an import’s content hash is made
	 * of.
	 */
	String canonical() {
		return String.join("\u001f", Integer.toString(this.year), this.experienceLevel.name(), this.employmentType,
				this.jobTitle, Long.toString(this.amount), this.currency, this.employeeResidence,
				Integer.toString(this.remoteRatio), this.companyLocation, this.companySize);
	}

}
