package ai.slope.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way pages write dates, times and counts ({@code @formats}): in UTC whatever the server's zone, in the
 * reader's language, and nothing (or {@code null} for a view record) for no date.
 */
class FormatsTests {

	private final Formats formats = new Formats();

	private final Instant lateEvening = Instant.parse("2026-12-07T23:30:00Z");

	@Test
	void theAdminTablesWriteUtcToTheMinuteAndTheDay() {
		assertThat(this.formats.utc(this.lateEvening)).isEqualTo("2026-12-07 23:30 UTC");
		assertThat(this.formats.day(this.lateEvening)).isEqualTo("2026-12-07");
		assertThat(this.formats.iso(this.lateEvening)).isEqualTo("2026-12-07T23:30:00Z");
		assertThat(Formats.isoDayOf(this.lateEvening)).isEqualTo("2026-12-07");
	}

	@Test
	void aDateIsTheUtcDayInTheReadersLanguage() {
		assertThat(this.formats.date(this.lateEvening, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月7日");
		assertThat(this.formats.date(this.lateEvening, Locale.ENGLISH)).contains("Dec").contains("7").contains("2026");
		assertThat(Formats.dateOf(this.lateEvening, Locale.ENGLISH))
			.isEqualTo(this.formats.date(this.lateEvening, Locale.ENGLISH));
		assertThat(this.formats.dateTime(this.lateEvening, Locale.ENGLISH)).endsWith(" UTC").contains("2026");
	}

	@Test
	void noDateIsWrittenAsNothing() {
		assertThat(this.formats.date(null, Locale.ENGLISH)).isEmpty();
		assertThat(this.formats.dateTime(null, Locale.ENGLISH)).isEmpty();
		assertThat(this.formats.utc(null)).isEmpty();
		assertThat(this.formats.day(null)).isEmpty();
		assertThat(this.formats.iso(null)).isEmpty();
		assertThat(Formats.dateOf((Instant) null, Locale.ENGLISH)).isNull();
		assertThat(Formats.isoDayOf(null)).isNull();
	}

	@Test
	void countsAreGroupedAsTheReaderGroupsThem() {
		assertThat(this.formats.number(1_234_567, Locale.ENGLISH)).isEqualTo("1,234,567");
		assertThat(this.formats.param(java.time.DayOfWeek.MONDAY)).isEqualTo("monday");
	}

}
