package ai.slope.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that Slope starts when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster keeps its files; empty for a throw-away cluster in a temporary folder
 * @param port the port to listen on; 0 picks a free one
 */
@ConfigurationProperties("slope.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

	public boolean persistent() {
		return this.dataDir != null && !this.dataDir.toString().isBlank();
	}

}
