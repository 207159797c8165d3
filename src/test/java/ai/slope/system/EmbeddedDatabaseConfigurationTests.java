package ai.slope.system;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
	static class Properties {

	}

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, EmbeddedDatabaseConfiguration.class);

	@Test
	void startsAnEmbeddedPostgreSqlWhenNoDatabaseIsConfigured() {
		this.runner.withPropertyValues("slope.embedded-db.data-dir=").run(context -> {
			assertThat(context).hasSingleBean(DataSource.class);
			String version = new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("show server_version", String.class);
			assertThat(version).startsWith("17.");
		});
	}

	@Test
	void startsNothingWhenAnExternalDatabaseIsConfigured() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/slope")
			.run(context -> assertThat(context).doesNotHaveBean(DataSource.class));
	}

}
