package ai.slope.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one way dates, times and counts are written on Slope's pages, in the reader's language; templates call it as
 * {@code @formats}, controllers that put a ready date in a view record use its static methods. Every time is UTC
 * (the daily jobs count days in UTC, and admins in different places read the same time). Formats of things a
 * module owns (a posting's pay, its place) stay in that module.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The day, in the reader's language ({@code Dec 7, 2026}, {@code 2026年12月7日}); empty for none. */
	public String date(Instant instant, Locale locale) {
		return (instant != null) ? dateOf(instant, locale) : "";
	}

	/** Date and time (UTC), in the reader's language, for histories. */
	public String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(instant) + " UTC";
	}

	/** The machine-readable form, for {@code <time datetime>} and feeds; empty for none. */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : "";
	}

	/** The day as {@code 2026-12-07} (UTC), for the admin's tables; empty for none. */
	public String day(Instant instant) {
		return (instant != null) ? isoDayOf(instant) : "";
	}

	/** To the minute, {@code 2026-12-07 18:20 UTC}, for the admin's tables; empty for none. */
	public String utc(Instant instant) {
		return (instant != null) ? MINUTES.format(instant) : "";
	}

	/** A count with the reader's grouping ({@code 12,345}). */
	public String number(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/** An enum constant as the addresses write it ({@code full-time}). */
	public String param(Enum<?> value) {
		return InputConverters.urlValue(value);
	}

	/** {@link #date(Instant, Locale)} for a view record: {@code null} for none. */
	public static String dateOf(Instant instant, Locale locale) {
		return (instant == null) ? null : dateOf(LocalDate.ofInstant(instant, ZoneOffset.UTC), locale);
	}

	public static String dateOf(LocalDate date, Locale locale) {
		return (date == null) ? null
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** {@link #day(Instant)} for a view record: {@code null} for none. */
	public static String isoDayOf(Instant instant) {
		return (instant == null) ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
	}

}
