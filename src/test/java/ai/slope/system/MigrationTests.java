package ai.slope.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.SlopeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The context starting at all shows that Flyway built the schema in an empty database and Hibernate
 * validated its entities against it; these tests look at what the migrations left behind.
 */
@SlopeIntegrationTest
class MigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliedToTheEmptyDatabase() {
		List<Map<String, Object>> history = this.jdbc
			.queryForList("select version, success from flyway_schema_history order by installed_rank");

		assertThat(history).hasSizeGreaterThanOrEqualTo(4).allMatch(row -> Boolean.TRUE.equals(row.get("success")));
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
	}

	@Test
	void seedsTheRoleTaxonomyInBothLanguages() {
		List<String> slugs = this.jdbc.queryForList("select slug from role_type order by slug", String.class);

		assertThat(slugs).contains("research-scientist", "research-engineer", "applied-scientist", "ml-engineer",
				"infrastructure-engineer", "data-engineer", "mlops-engineer", "product-manager",
				"technical-program-manager", "hardware-engineer", "ai-safety", "ai-ethics-policy");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from role_type where length(description_en) < 200 or length(description_zh) < 60",
				Integer.class))
			.isZero();
	}

	@Test
	void seedsExchangeRatesForTheSalaryCurrencies() {
		assertThat(this.jdbc.queryForList("select currency from exchange_rate", String.class)).contains("USD", "EUR",
				"GBP", "CNY", "JPY", "INR", "CAD", "CHF", "SGD");
	}

	@Test
	void theDatabaseRefusesImpossiblePostings() {
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into job_posting (company_id, role_type_id, title, slug, seniority, employment_type,
				  remote_policy, country, salary_min, salary_max, salary_currency, salary_period, salary_min_usd,
				  salary_max_usd, description, status)
				values (1, 1, 't', 't', 'SENIOR', 'FULL_TIME', 'ONSITE', 'US', 200, 100, 'USD', 'YEAR', 1, 1, 'd', 'DRAFT')
				""")).hasMessageContaining("violates");
	}

}
