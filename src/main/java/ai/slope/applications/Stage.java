package ai.slope.applications;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where an application stands. It moves forward along APPLIED → SCREENING → INTERVIEW → OFFER → HIRED (a stage may
 * be skipped), or to REJECTED by the company or WITHDRAWN by the seeker from any open stage. HIRED, REJECTED and
 * WITHDRAWN are final. An application a recruiter made by inviting a candidate starts at SOURCED: only the candidate
 * moves it on (accepting: APPLIED; declining: WITHDRAWN), and the company can only withdraw the invitation (REJECTED).
 * Labels are in the message files under {@code applications.stage.*}.
 */
public enum Stage {

	SOURCED, APPLIED, SCREENING, INTERVIEW, OFFER, HIRED, REJECTED, WITHDRAWN;

	/** The stages the seeker is mailed about when their application reaches them. */
	private static final Set<Stage> NOTIFIED = Set.of(INTERVIEW, OFFER, HIRED, REJECTED);

	/** The stages a recruiter can move an application to, in the pipeline's order. */
	public static final List<Stage> RECRUITER_TARGETS = List.of(SCREENING, INTERVIEW, OFFER, HIRED, REJECTED);

	public boolean isOpen() {
		return this != HIRED && this != REJECTED && this != WITHDRAWN;
	}

	/**
	 * Whether a company's recruiter may move an application from this stage to that one: forward from an open
	 * stage, or to REJECTED from an open stage. Only the seeker withdraws. From SOURCED only REJECTED (withdrawing the
	 * invitation): the candidate has not applied, and only they accept.
	 */
	public boolean recruiterMayMoveTo(Stage target) {
		if (!isOpen() || target == WITHDRAWN || target == this) {
			return false;
		}
		if (this == SOURCED) {
			return target == REJECTED;
		}
		return target == REJECTED || target.ordinal() > ordinal();
	}

	public boolean notifiesSeeker() {
		return NOTIFIED.contains(this);
	}

	public String messageKey() {
		return "applications.stage." + name();
	}

	/**
	 * The label the seeker reads: theirs differs for SOURCED (an invitation waiting for them), not for the others.
	 */
	public String seekerMessageKey() {
		return (this == SOURCED) ? "applications.stage.SOURCED.seeker" : messageKey();
	}

	/**
	 * The stage of that name, or null for anything else (a bad form value).
	 */
	static Stage parse(String name) {
		return Arrays.stream(values()).filter(stage -> stage.name().equals(name)).findFirst().orElse(null);
	}

}
