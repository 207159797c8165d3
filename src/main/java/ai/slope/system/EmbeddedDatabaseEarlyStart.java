package ai.slope.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL in the background as soon as the settings are known, before the application
 * context creates its beans: the server takes seconds to accept connections (5 of an 18-second start at 100,000
 * postings, docs/benchmarks.md), and the context has seconds of work that need no database. The data source then
 * takes the server this start made, or waits for it to finish; a start that fails here is tried again, and
 * reported, by the data source. Registered in {@code META-INF/spring.factories}, so every start gets it, the tests'
 * included; with {@code spring.datasource.url} set it does nothing.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseEarlyStart.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
			return;
		}
		EmbeddedDatabaseProperties properties = Binder.get(environment)
			.bind("slope.embedded-db", EmbeddedDatabaseProperties.class)
			.orElseGet(() -> new EmbeddedDatabaseProperties(null, 0));
		Thread start = new Thread(() -> {
			try {
				EmbeddedDatabaseConfiguration.server(properties);
			}
			catch (RuntimeException ex) {
				log.debug("Early start of the embedded PostgreSQL failed; the data source tries again", ex);
			}
		}, "embedded-postgres-start");
		start.setDaemon(true);
		start.start();
	}

}
