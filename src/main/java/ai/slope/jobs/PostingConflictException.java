package ai.slope.jobs;

import java.util.List;

/**
 * Someone saved the posting after the editor opened it: the save was refused. It carries what is stored
 * now, field by field where it differs from what the editor typed, so they can decide.
 */
public class PostingConflictException extends RuntimeException {

	/**
	 * One field where the editor's value and the stored one differ; values as text.
	 */
	public record Difference(String field, String yours, String stored) {
	}

	private final long storedVersion;

	private final JobStatus storedStatus;

	private final List<Difference> differences;

	public PostingConflictException(long storedVersion, JobStatus storedStatus, List<Difference> differences) {
		super("The posting changed since version was read; now at version " + storedVersion);
		this.storedVersion = storedVersion;
		this.storedStatus = storedStatus;
		this.differences = List.copyOf(differences);
	}

	public long getStoredVersion() {
		return this.storedVersion;
	}

	public JobStatus getStoredStatus() {
		return this.storedStatus;
	}

	public List<Difference> getDifferences() {
		return this.differences;
	}

}
