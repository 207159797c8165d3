package ai.slope.accounts;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.SlopeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V18 on accounts that existed before it: it runs in a schema of its own, up to V17, then V18.
 */
@SlopeIntegrationTest
class EmailKeyMigrationTests {

	static final String SCHEMA = "before_email_key";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void dropSchema() {
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

	@Test
	void existingAccountsGetTheKeyTheirEmailIsFoundByAndFoldingTwinsStayApart() {
		flyway("17").migrate();
		String insert = "insert into " + SCHEMA
				+ ".account (email, display_name, password_hash, role) values (?, 'A', 'x', 'SEEKER')";
		this.jdbc.update(insert, "Root@Slope.Test");
		this.jdbc.update(insert, "STRASSE@street.example");
		this.jdbc.update(insert, "stra\u00DFe@street.example");

		flyway("18").migrate();

		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select email, email_key from " + SCHEMA + ".account order by id");
		assertThat(rows).extracting(row -> row.get("email_key"))
			.containsExactly("root@slope.test", "strasse@street.example", "strasse@street.example #3");
		assertThat(rows.get(0).get("email_key")).isEqualTo(EmailKey.of("Root@Slope.Test"));
		assertThat(this.jdbc.queryForObject("select count(*) from pg_indexes where schemaname = ? and indexname = ?",
				Integer.class, SCHEMA, "account_email_key_unique"))
			.isEqualTo(1);
	}

}
