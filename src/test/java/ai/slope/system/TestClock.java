package ai.slope.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The clock of every test application (a {@code @Component} of the test sources, so each context has one without
 * a configuration of its own, docs/testing.md): real time, moved by the tests that need a later moment
 * ({@link #advance}) instead of sleeping or rewriting timestamps in SQL. Time stays relative to the real clock, so
 * rows written before and after a move keep their order. A test that moves it puts it back ({@link #reset}, in an
 * {@code @AfterEach}), since the tests of a context share it.
 */
@Component
@Primary
public class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/** Moves the time every module sees by {@code amount} (negative: back). */
	public void advance(Duration amount) {
		this.offset.accumulateAndGet(amount, Duration::plus);
	}

	/** Puts the clock back to the real time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock moved = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return moved.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moved.withZone(other);
			}

		};
	}

}
