package ai.slope.salaries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bulk changes of stored salary records that several curation actions share: converting to US dollars again
 * after a rate changed, and mapping titles to role types after a rule changed. Each runs in the caller’s
 * transaction.
 */
@Component
class SalaryRecords {

	private final JdbcClient jdbc;

	SalaryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Converts every record in the currency again, each with its year’s rate or else the nearest year’s (the
	 * earlier on a tie), the same choice as {@link ExchangeRates#rate}.
	 * @return how many records’ US dollars changed
	 */
	int recomputeUsd(String currency, NavigableMap<Integer, BigDecimal> years) {
		if (years == null || years.isEmpty()) {
			return 0;
		}
		int changed = 0;
		List<Integer> recordYears = this.jdbc.sql("select distinct year from salary_record where currency = ?")
			.param(currency)
			.query(Integer.class)
			.list();
		for (int year : recordYears) {
			Map.Entry<Integer, BigDecimal> before = years.floorEntry(year);
			Map.Entry<Integer, BigDecimal> after = years.ceilingEntry(year);
			BigDecimal rate = (before == null) ? after.getValue()
					: (after == null || year - before.getKey() <= after.getKey() - year) ? before.getValue()
							: after.getValue();
			changed += this.jdbc.sql("""
					update salary_record set amount_usd = greatest(1, least(2147483647, round(amount * ?)))::int
					where currency = ? and year = ? and amount_usd <> greatest(1, least(2147483647, round(amount * ?)))::int
					""").params(rate, currency, year, rate).update();
		}
		return changed;
	}

}
