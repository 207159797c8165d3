package ai.slope.salaries;

import java.time.Instant;

/**
 * One import and what it did so far: rows read, imported, skipped as duplicates of rows already stored, and
 * rejected (each with its reasons, see {@link ImportReports#rejections}).
 *
 * @param importedBy the admin’s account id, or null for the demo data
 * @param failure why an import that started failed, in English (nothing of it was stored), or {@link #INTERRUPTED}
 */
public record ImportReport(long id, String fileName, Long importedBy, Instant startedAt, Instant finishedAt,
		Status status, int rowsRead, int imported, int duplicates, int rejected, long bytesRead, long bytesTotal,
		String failure) {

	public enum Status {

		RUNNING, DONE, FAILED;

		public String messageKey() {
			return "salaries.import.status." + name();
		}

	}

	/** The failure of an import whose instance stopped while it ran. */
	public static final String INTERRUPTED = "interrupted";

	public boolean isInterrupted() {
		return this.status == Status.FAILED && INTERRUPTED.equals(this.failure);
	}

	public boolean isRunning() {
		return this.status == Status.RUNNING;
	}

	/**
	 * How much of the file was read, from 0 to 100.
	 */
	public int percent() {
		if (this.status == Status.DONE) {
			return 100;
		}
		return (this.bytesTotal <= 0) ? 0 : (int) Math.min(100, this.bytesRead * 100 / this.bytesTotal);
	}

}
