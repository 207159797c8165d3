package ai.slope.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no external database is configured, so that {@code ./mvnw
 * spring-boot:run} and the tests need nothing installed. With a data folder the cluster is kept between
 * runs; without one (the tests) a single throw-away cluster serves the whole JVM and every application
 * context gets a fresh database of its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final Map<String, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	private static final AtomicInteger databases = new AtomicInteger();

	/**
	 * The pool takes the same {@code spring.datasource.hikari.*} settings as the one Spring Boot makes for an
	 * external database (the connection timeout, above all: how long a request waits for the database before it
	 * is answered 503).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres server = server(properties);
		String database = properties.persistent() ? "slope" : "slope_" + databases.incrementAndGet();
		createDatabaseIfMissing(server, database);
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", database));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(properties.persistent() ? 10 : 5);
		dataSource.setPoolName("slope-embedded");
		log.info("Embedded PostgreSQL ready at {}", dataSource.getJdbcUrl());
		return dataSource;
	}

	static EmbeddedPostgres server(EmbeddedDatabaseProperties properties) {
		String key = properties.persistent() ? properties.dataDir().toAbsolutePath().toString() : "";
		return servers.computeIfAbsent(key, k -> start(properties));
	}

	/**
	 * Starts the server. A kept data folder gets PostgreSQL's durable settings, so that a commit Slope
	 * acknowledged survives the process being killed ({@code kill -9}, the out-of-memory killer) or the machine
	 * losing power: the embedded library's own default, {@code synchronous_commit=off}, acknowledges a commit
	 * before its WAL is written and loses the last fraction of a second of them. A throw-away cluster (the tests)
	 * keeps the fast settings, since nothing in it outlives the JVM.
	 */
	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
		try {
			boolean durable = properties.persistent();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "100")
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setRegisterShutdownHook(false);
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			if (durable) {
				Files.createDirectories(properties.dataDir());
				builder.setDataDirectory(properties.dataDir().toAbsolutePath()).setCleanDataDirectory(false);
				OrphanedServer.stopIfRunning(properties.dataDir());
			}
			EmbeddedPostgres server = builder.start();
			// stopped after every application context on it has closed (Spring Boot runs its shutdown handlers then),
			// not in JVM shutdown hooks beside them (the library's own is switched off above): a context still writes
			// while it closes (the job page views counted since the last flush, the event registry's look at
			// unfinished publications, Tomcat's graceful shutdown of requests in flight)
			SpringApplication.getShutdownHandlers().add(() -> close(server));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) {
		DataSource admin = server.getPostgresDatabase();
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
			if (!exists.next()) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
	}

}
