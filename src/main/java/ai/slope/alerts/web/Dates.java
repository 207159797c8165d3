package ai.slope.alerts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates on the alerts pages, in the reader's language (UTC, as the daily job counts days).
 */
final class Dates {

	private Dates() {
	}

	static String of(Instant instant, Locale locale) {
		return (instant == null) ? null : of(LocalDate.ofInstant(instant, ZoneOffset.UTC), locale);
	}

	static String of(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	static String iso(Instant instant) {
		return (instant == null) ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
	}

}
