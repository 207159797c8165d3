package ai.slope.applications;

import java.time.Instant;

/**
 * An applicant as a posting's pipeline lists them, before their profile is added (see {@link Applicant}).
 * @param email their address, or null while it is hidden (see {@code contactShared})
 * @param coverNoteLength the length of the cover note (0 when there is none)
 * @param contactShared false for a candidate the company invited who has not accepted: their e-mail, résumé,
 * LinkedIn and website stay hidden
 * @param alias the applicant's alias while a blind review hides them (then {@code name} and {@code email} are null;
 * pages write it as "Candidate 4F2K9X", {@code applications.blind.alias}), or null
 */
public record ApplicantRow(long applicationId, long accountId, String name, String email, Stage stage,
		Instant appliedAt, Instant stageChangedAt, int coverNoteLength, boolean contactShared, String alias) {

	/** Whether a blind review hides who this is. */
	public boolean hidden() {
		return this.alias != null;
	}

	/**
	 * This row as a blind review shows it: the alias instead of the name, no e-mail address.
	 */
	ApplicantRow hiddenAs(String alias) {
		return new ApplicantRow(this.applicationId, this.accountId, null, null, this.stage, this.appliedAt,
				this.stageChangedAt, this.coverNoteLength, this.contactShared, alias);
	}

	/**
	 * This row as the company may see it: without the e-mail address unless the candidate shared it.
	 */
	ApplicantRow asShared() {
		return this.contactShared ? this : new ApplicantRow(this.applicationId, this.accountId, this.name, null,
				this.stage, this.appliedAt, this.stageChangedAt, this.coverNoteLength, false, this.alias);
	}

}
