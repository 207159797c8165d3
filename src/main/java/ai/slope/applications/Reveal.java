package ai.slope.applications;

import java.time.Instant;

/**
 * An applicant's identity shown during a blind review (docs/applications.md, "Blind first review"), as the
 * application's history shows it.
 * @param actorId who did it, or null when their account is gone
 */
public record Reveal(Reason reason, Long actorId, Instant at) {

	public enum Reason {

		/** A recruiter chose "Reveal identity". */
		RECRUITER,

		/** A recruiter moved the applicant past Screening. */
		STAGE,

		/** A recruiter turned the posting's blind review off while the applicant was hidden. */
		TURNED_OFF;

		public String messageKey() {
			return "applications.history.revealed." + name();
		}

	}

}
