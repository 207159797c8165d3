package ai.slope.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts pay in any supported currency and period to annual US dollars. The rates are a small table,
 * read once and kept in memory; {@link #reload()} picks up changes.
 */
@Service
public class ExchangeRates {

	private final ExchangeRateRepository repository;

	private volatile Map<String, BigDecimal> rates;

	ExchangeRates(ExchangeRateRepository repository) {
		this.repository = repository;
	}

	/**
	 * The annual amount in whole US dollars of {@code amount} paid per {@code period} in {@code currency}.
	 * @throws UnknownCurrencyException when the currency has no rate
	 */
	public int toAnnualUsd(long amount, String currency, SalaryPeriod period) {
		BigDecimal rate = rates().get(currency);
		if (rate == null) {
			throw new UnknownCurrencyException(currency);
		}
		BigDecimal usd = rate.multiply(BigDecimal.valueOf(amount)).multiply(BigDecimal.valueOf(period.perYear()));
		return usd.setScale(0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
	}

	/**
	 * The amount, in whole units of {@code currency} paid per {@code period}, that makes {@code annualUsd} US
	 * dollars a year: the inverse of {@link #toAnnualUsd}, up to rounding.
	 * @throws UnknownCurrencyException when the currency has no rate
	 */
	public int fromAnnualUsd(int annualUsd, String currency, SalaryPeriod period) {
		BigDecimal rate = rates().get(currency);
		if (rate == null) {
			throw new UnknownCurrencyException(currency);
		}
		BigDecimal amount = BigDecimal.valueOf(annualUsd)
			.divide(rate.multiply(BigDecimal.valueOf(period.perYear())), 0, RoundingMode.HALF_UP);
		return amount.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
	}

	/**
	 * The currency codes that have a rate, in alphabetical order.
	 */
	public Set<String> currencies() {
		return rates().keySet();
	}

	public boolean supports(String currency) {
		return currency != null && rates().containsKey(currency);
	}

	@Transactional(readOnly = true)
	public void reload() {
		Map<String, BigDecimal> loaded = new TreeMap<>();
		this.repository.findAllByOrderByCurrency().forEach(r -> loaded.put(r.getCurrency(), r.getUsdPerUnit()));
		this.rates = java.util.Collections.unmodifiableMap(loaded);
	}

	private Map<String, BigDecimal> rates() {
		Map<String, BigDecimal> current = this.rates;
		if (current == null) {
			reload();
			current = this.rates;
		}
		return current;
	}

}
