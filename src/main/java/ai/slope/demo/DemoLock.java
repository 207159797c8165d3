package ai.slope.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Lets one instance at a time load a part of the demo data (ShedLock, the lock of the scheduled jobs): instances
 * started together on an empty database would otherwise each see it empty and load it twice, the second failing
 * on the unique company slugs and stopping its start-up, or importing the salaries a second time.
 */
final class DemoLock {

	/** Far longer than a load takes; the lock outlives an instance killed while loading by no more than this. */
	private static final Duration AT_MOST = Duration.ofMinutes(30);

	private final LockProvider locks;

	DemoLock(LockProvider locks) {
		this.locks = locks;
	}

	/**
	 * Runs {@code load} under the lock of that name, or answers empty at once when another instance holds it
	 * (that one is loading; the caller checks again whether there is anything left to load).
	 */
	<T> Optional<T> whileHeld(String name, Supplier<T> load) {
		Optional<SimpleLock> lock = this.locks.lock(new LockConfiguration(Instant.now(), name, AT_MOST, Duration.ZERO));
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(load.get());
		}
		finally {
			lock.get().unlock();
		}
	}

}
