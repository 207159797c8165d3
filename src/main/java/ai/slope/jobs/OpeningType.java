package ai.slope.jobs;

/**
 * What kind of opening a posting is: a job (the default), or one of the programs that bring people into AI roles,
 * which have {@link ProgramTerms}. Labels are in the message files under {@code job.opening.*}.
 */
public enum OpeningType {

	JOB, INTERNSHIP, RESIDENCY, FELLOWSHIP, CAREER_SWITCH;

	public boolean isProgram() {
		return this != JOB;
	}

	public String messageKey() {
		return "job.opening." + name();
	}

}
