package ai.slope.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module asks for the time, in UTC. Code takes a {@link Clock} in its constructor and never
 * calls {@code Instant.now()}, so that the tests can move time (their {@code TestClock}) instead of sleeping or
 * rewriting timestamps in the database.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
