package ai.slope.salaries;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * How many US dollars one unit of a currency is worth.
 */
@Entity
class ExchangeRate {

	@Id
	private String currency;

	private BigDecimal usdPerUnit;

	private Instant updatedAt;

	@Version
	private long version;

	protected ExchangeRate() {
	}

	String getCurrency() {
		return this.currency;
	}

	BigDecimal getUsdPerUnit() {
		return this.usdPerUnit;
	}

}
