package ai.slope.jobs;

/**
 * Labels are in the message files under {@code job.remote.*}.
 */
public enum RemotePolicy {

	ONSITE, HYBRID, REMOTE;

	public String messageKey() {
		return "job.remote." + name();
	}

}
