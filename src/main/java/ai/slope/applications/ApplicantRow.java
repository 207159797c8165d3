package ai.slope.applications;

import java.time.Instant;

/**
 * An applicant as a posting's pipeline lists them, before their profile is added (see {@link Applicant}).
 * @param coverNoteLength the length of the cover note (0 when there is none)
 */
public record ApplicantRow(long applicationId, long accountId, String name, String email, Stage stage,
		Instant appliedAt, Instant stageChangedAt, int coverNoteLength) {

}
