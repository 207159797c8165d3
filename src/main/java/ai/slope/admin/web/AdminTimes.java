package ai.slope.admin.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times on the admin pages, in UTC to the minute, so that admins in different places read the same time
 * ({@code ${@adminTimes.utc(instant)}} in templates).
 */
@Component("adminTimes")
class AdminTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	public String utc(Instant instant) {
		return (instant != null) ? MINUTES.format(instant) : "";
	}

	public String day(Instant instant) {
		return (instant != null) ? DAY.format(instant) : "";
	}

	/**
	 * The machine-readable form for {@code <time datetime>}.
	 */
	public String iso(Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

}
