package ai.slope.jobs;

/**
 * Orders of search results. Labels are in the message files under {@code search.sort.*}.
 */
public enum JobSort {

	RELEVANCE, NEWEST, SALARY;

	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String messageKey() {
		return "search.sort." + param();
	}

}
