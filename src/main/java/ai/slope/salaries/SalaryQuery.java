package ai.slope.salaries;

/**
 * Which approved salary records to describe; a null criterion means all.
 *
 * @param roleType a role type’s slug; null for every mapped AI role (records whose title no rule maps, or that are
 * out of scope, are never counted)
 * @param level an experience level
 * @param country the employee’s country of residence, ISO 3166-1 alpha-2
 * @param yearFrom the first year, inclusive
 * @param yearTo the last year, inclusive
 * @param remoteRatio 0, 50 or 100
 */
public record SalaryQuery(String roleType, ExperienceLevel level, String country, Integer yearFrom, Integer yearTo,
		Integer remoteRatio) {

	public static final SalaryQuery ALL = new SalaryQuery(null, null, null, null, null, null);

	SalaryQuery withoutLevel() {
		return new SalaryQuery(this.roleType, null, this.country, this.yearFrom, this.yearTo, this.remoteRatio);
	}

	SalaryQuery withoutYears() {
		return new SalaryQuery(this.roleType, this.level, this.country, null, null, this.remoteRatio);
	}

}
