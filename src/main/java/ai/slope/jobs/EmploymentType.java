package ai.slope.jobs;

/**
 * Labels are in the message files under {@code job.employment.*}.
 */
public enum EmploymentType {

	FULL_TIME, PART_TIME, CONTRACT, INTERNSHIP, TEMPORARY;

	public String messageKey() {
		return "job.employment." + name();
	}

}
