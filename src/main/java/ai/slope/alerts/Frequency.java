package ai.slope.alerts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an alert mails its new postings. Daily digests go out on every run of the daily job; weekly ones
 * on the run of each Monday (UTC). Labels are in {@code i18n/alerts*.properties} under
 * {@code alerts.frequency.*}.
 */
public enum Frequency {

	DAILY, WEEKLY;

	/** The day weekly digests go out. */
	public static final DayOfWeek WEEKLY_ON = DayOfWeek.MONDAY;

	/**
	 * The first day after {@code day} on which a digest of this frequency is due.
	 */
	public LocalDate nextAfter(LocalDate day) {
		return switch (this) {
			case DAILY -> day.plusDays(1);
			case WEEKLY -> day.with(TemporalAdjusters.next(WEEKLY_ON));
		};
	}

	public String messageKey() {
		return "alerts.frequency." + name();
	}

}
