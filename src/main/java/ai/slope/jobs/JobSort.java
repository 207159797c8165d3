package ai.slope.jobs;

/**
 * Orders of search results. Labels are in the message files under {@code search.sort.*}. {@link #DEADLINE} is the
 * order of {@code /programs}: the program whose applications close soonest first (a job, which has no deadline,
 * after every program, newest first).
 */
public enum JobSort {

	RELEVANCE, NEWEST, SALARY, DEADLINE;

	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String messageKey() {
		return "search.sort." + param();
	}

}
