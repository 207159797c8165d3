package ai.slope.jobs;

import java.time.LocalDate;

/**
 * What a program adds to a job: when its cohort starts, how long it lasts, the last day to apply, whether
 * one-to-one mentoring is included, whether prior AI/ML experience is required, and who may apply (Markdown).
 * Null where nothing was given; {@link PostingRules} says what a program must have.
 */
public record ProgramTerms(LocalDate cohortStart, Integer length, ProgramLengthUnit lengthUnit,
		LocalDate applicationDeadline, boolean mentoring, boolean aiExperienceRequired, String eligibility) {

	public ProgramTerms {
		if (eligibility != null) {
			eligibility = eligibility.strip();
			if (eligibility.isEmpty()) {
				eligibility = null;
			}
		}
	}

}
