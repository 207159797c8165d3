package ai.slope.jobs;

/**
 * How a program's length is counted. Labels are in the message files under {@code job.program.length.*}.
 */
public enum ProgramLengthUnit {

	WEEKS, MONTHS;

	public String messageKey() {
		return "job.program.length." + name();
	}

}
