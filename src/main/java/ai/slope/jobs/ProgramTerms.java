package ai.slope.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * What a program adds to a job: when its cohort starts, how long it lasts, the last day to apply, whether
 * one-to-one mentoring is included, whether prior AI/ML experience is required, and who may apply (Markdown).
 * Null where nothing was given; {@link PostingRules} says what a program must have.
 * <p>
 * A deadline is a day, and applications close at the end of that day <em>Anywhere on Earth</em> (UTC−12, as
 * conferences count): nobody, wherever they live, finds a program closed while its last day is still running
 * where they are.
 */
public record ProgramTerms(LocalDate cohortStart, Integer length, ProgramLengthUnit lengthUnit,
		LocalDate applicationDeadline, boolean mentoring, boolean aiExperienceRequired, String eligibility) {

	/** Anywhere on Earth: the last time zone to end a day. */
	public static final ZoneOffset ANYWHERE_ON_EARTH = ZoneOffset.ofHours(-12);

	/**
	 * When applications to a program with this deadline close: the end of that day Anywhere on Earth.
	 */
	public static Instant closingTime(LocalDate deadline) {
		return deadline.plusDays(1).atStartOfDay(ANYWHERE_ON_EARTH).toInstant();
	}

	/**
	 * Whole days left before {@code deadline} as seen Anywhere on Earth at {@code now}: 0 on the last day,
	 * negative once it has passed.
	 */
	public static long daysLeft(LocalDate deadline, Instant now) {
		return ChronoUnit.DAYS.between(now.atOffset(ANYWHERE_ON_EARTH).toLocalDate(), deadline);
	}

	public ProgramTerms {
		if (eligibility != null) {
			eligibility = eligibility.strip();
			if (eligibility.isEmpty()) {
				eligibility = null;
			}
		}
	}

}
