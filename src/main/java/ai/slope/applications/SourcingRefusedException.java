package ai.slope.applications;

import java.util.List;

/**
 * Why a recruiter cannot invite that candidate to that posting; nothing was stored. Each reason has its sentence
 * under {@code applications.sourcing.refused.*}, with {@link #getArguments()} (a stage among them is a
 * {@link org.springframework.context.MessageSourceResolvable}, which the message source says in the reader's
 * language).
 */
public class SourcingRefusedException extends RuntimeException {

	public enum Reason {

		/** The recruiter's company is not verified (or they have none): only verified companies source. */
		UNVERIFIED,
		/** The posting is not published and live (a draft, in review, rejected, closed or expired). */
		POSTING_NOT_OPEN,
		/** The posting takes applications on the company's own site. */
		EXTERNAL_APPLY,
		/** The candidate has no discoverable profile (or no active job seeker account). */
		NOT_DISCOVERABLE,
		/** The candidate is in the posting's pipeline already: they applied, or were invited. */
		ALREADY_IN_PIPELINE,
		/** The note is longer than {@link Sourcing#MAX_NOTE} characters. */
		NOTE_TOO_LONG

	}

	private final Reason reason;

	private final List<Object> arguments;

	SourcingRefusedException(Reason reason, Object... arguments) {
		super("Sourcing refused: " + reason, null, false, false);
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	public Reason getReason() {
		return this.reason;
	}

	public String messageKey() {
		return "applications.sourcing.refused." + this.reason.name();
	}

	public Object[] getArguments() {
		return this.arguments.toArray();
	}

}
