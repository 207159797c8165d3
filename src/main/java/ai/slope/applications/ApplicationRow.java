package ai.slope.applications;

import java.time.Instant;

import ai.slope.accounts.Account;

/**
 * An application as the pipeline lists it, read from the application table alone; {@link #of(Account)} adds the
 * applicant's name and address from their account.
 *
 * @param coverNoteLength the length of the cover note in characters (0 when there is none)
 */
record ApplicationRow(long applicationId, long accountId, Stage stage, Instant appliedAt, Instant stageChangedAt,
		int coverNoteLength, boolean contactShared) {

	/**
	 * @param applicant the account that applied, or null when it is not there
	 */
	ApplicantRow of(Account applicant) {
		return new ApplicantRow(this.applicationId, this.accountId,
				(applicant != null) ? applicant.getDisplayName() : null,
				(applicant != null) ? applicant.getEmail() : null, this.stage, this.appliedAt, this.stageChangedAt,
				this.coverNoteLength, this.contactShared, null);
	}

}
