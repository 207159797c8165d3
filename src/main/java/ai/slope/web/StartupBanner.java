package ai.slope.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where Slope can be opened, once everything (demo data, search index) is ready, followed by what
 * other modules add ({@link BannerLines}, such as the demo logins).
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final ObjectProvider<BannerLines> extraLines;

	StartupBanner(Environment environment, ObjectProvider<BannerLines> extraLines) {
		this.environment = environment;
		this.extraLines = extraLines;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1000)
	void announce() {
		String port = this.environment.getProperty("local.server.port");
		if (port != null) {
			log.info("Slope is running at http://localhost:{}/", port);
		}
		this.extraLines.orderedStream()
			.map(BannerLines::lines)
			.filter(lines -> !lines.isEmpty())
			.forEach(lines -> log.info(String.join(System.lineSeparator(), lines)));
	}

}
