package ai.slope.jobs;

/**
 * The action does not apply to a posting in its present status (submitting a published posting, closing a
 * draft, relisting an open one).
 */
public class PostingStateException extends RuntimeException {

	private final JobStatus status;

	private final String action;

	public PostingStateException(String action, JobStatus status) {
		super("Cannot " + action + " a posting that is " + status);
		this.action = action;
		this.status = status;
	}

	public JobStatus getStatus() {
		return this.status;
	}

	public String getAction() {
		return this.action;
	}

}
