package ai.slope.salaries;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rate that another instance of Slope changed (here: the row changed in the database behind this instance's
 * back) is used by this one within {@link ExchangeRates#FRESH}, not only after a restart.
 */
@WebIntegrationTest
class ExchangeRatesAcrossInstancesTests {

	@Autowired
	ExchangeRates rates;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheTestCurrency() {
		this.jdbc.update("delete from exchange_rate where currency = 'XTS'");
		this.jdbc.update("delete from currency where code = 'XTS'");
		this.rates.reload();
	}

	@Test
	void aRateChangedOnAnotherInstanceIsUsedHereWithinSeconds() {
		this.jdbc.update("insert into currency (code) values ('XTS') on conflict do nothing");
		this.jdbc.update("insert into exchange_rate (currency, year, usd_per_unit, updated_at) values ('XTS', 2025, 1, now())");
		this.rates.reload();
		assertThat(this.rates.toAnnualUsd(100_000, "XTS", SalaryPeriod.YEAR)).isEqualTo(100_000);

		this.jdbc.update("update exchange_rate set usd_per_unit = 2, version = version + 1 where currency = 'XTS'");

		Awaitility.await()
			.atMost(ExchangeRates.FRESH.plus(Duration.ofSeconds(5)))
			.until(() -> this.rates.toAnnualUsd(100_000, "XTS", SalaryPeriod.YEAR) == 200_000);
	}

}
