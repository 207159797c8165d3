package ai.slope.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;


/**
 * Exchange rates per currency and year, kept by admins, and the conversion of pay to annual US dollars. The job
 * search converts a posting’s pay with each currency’s latest rate; a salary record is converted with the rate of
 * its own year (or, when that year has none, the nearest year’s). The rates are a small table, kept in memory: a
 * change made on this instance is picked up after its transaction commits, one made on another instance of Slope
 * within {@link #FRESH} (the table is read again when what is kept is older than that).
 */
@Service
public class ExchangeRates {

	/** The most a rate may be: no currency is worth more than 10,000 US dollars. */
	static final BigDecimal MAX_RATE = new BigDecimal("10000");

	private final JdbcClient jdbc;

	private final SalaryRecords records;

	private final SalaryOutliers outliers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** How long the rates read from the database are used before they are read again. */
	static final Duration FRESH = Duration.ofSeconds(5);

	private volatile Loaded rates;

	ExchangeRates(JdbcClient jdbc, SalaryRecords records, SalaryOutliers outliers, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.outliers = outliers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One currency’s rate in one year.
	 * @param usdPerUnit how many US dollars one unit of the currency is worth
	 * @param version for optimistic locking: an edit names the version it started from
	 */
	public record Rate(String currency, int year, BigDecimal usdPerUnit, Instant updatedAt, long version) {
	}

	/**
	 * The annual amount in whole US dollars of {@code amount} paid per {@code period} in {@code currency}, at
	 * the currency’s latest rate.
	 * @throws UnknownCurrencyException when the currency has no rate
	 */
	public int toAnnualUsd(long amount, String currency, SalaryPeriod period) {
		return toUsd(latest(currency).multiply(BigDecimal.valueOf(period.perYear())), amount);
	}

	/**
	 * The amount, in whole units of {@code currency} paid per {@code period}, that makes {@code annualUsd} US
	 * dollars a year: the inverse of {@link #toAnnualUsd}, up to rounding.
	 * @throws UnknownCurrencyException when the currency has no rate
	 */
	public int fromAnnualUsd(int annualUsd, String currency, SalaryPeriod period) {
		BigDecimal amount = BigDecimal.valueOf(annualUsd)
			.divide(latest(currency).multiply(BigDecimal.valueOf(period.perYear())), 0, RoundingMode.HALF_UP);
		return amount.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
	}

	/**
	 * A yearly amount paid in {@code year}, in whole US dollars at that year’s rate (or the nearest year’s).
	 * @throws UnknownCurrencyException when the currency has no rate in any year
	 */
	public int yearlyToUsd(long amount, String currency, int year) {
		return toUsd(rate(currency, year).orElseThrow(() -> new UnknownCurrencyException(currency)), amount);
	}

	/**
	 * The rate for a currency in a year: that year’s, or else the nearest year’s (the earlier one on a tie).
	 */
	public Optional<BigDecimal> rate(String currency, int year) {
		NavigableMap<Integer, BigDecimal> years = (currency != null) ? rates().get(currency) : null;
		if (years == null || years.isEmpty()) {
			return Optional.empty();
		}
		Map.Entry<Integer, BigDecimal> before = years.floorEntry(year);
		Map.Entry<Integer, BigDecimal> after = years.ceilingEntry(year);
		if (before == null) {
			return Optional.of(after.getValue());
		}
		if (after == null || year - before.getKey() <= after.getKey() - year) {
			return Optional.of(before.getValue());
		}
		return Optional.of(after.getValue());
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

	/**
	 * Every rate, by currency and then year, newest year first.
	 */
	@Transactional(readOnly = true)
	public List<Rate> list() {
		return this.jdbc
			.sql("select currency, year, usd_per_unit, updated_at, version from exchange_rate order by currency, year desc")
			.query((rs, n) -> new Rate(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3),
					rs.getTimestamp(4).toInstant(), rs.getLong(5)))
			.list();
	}

	/**
	 * Sets a currency’s rate for a year (adding it when the year has none), recomputes the US dollars of the salary
	 * records it converts and flags outliers anew, and tells the postings in that currency (an
	 * {@link ExchangeRateChanged} event) so their annual US dollars follow.
	 * @param expectedVersion the version the admin edited, or null to add a rate
	 * @return the old rate, if there was one
	 * @throws InvalidInputException when the currency, year or rate is not acceptable
	 * @throws SalaryConflictException when someone changed the rate since it was read
	 */
	@Transactional
	public Optional<BigDecimal> save(long adminId, String currency, String year, String usdPerUnit,
			Long expectedVersion) {
		List<InputProblem> problems = new ArrayList<>();
		String code = (currency == null) ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
		if (!code.matches("[A-Z]{3}")) {
			problems.add(new InputProblem("currency", "salaries.rates.error.currency", List.of()));
		}
		Integer parsedYear = SalaryInput.year(year, this.clock);
		if (parsedYear == null) {
			problems.add(new InputProblem("year", "salaries.reason.year",
					List.of(String.valueOf(SalaryInput.FIRST_YEAR), String.valueOf(SalaryInput.lastYear(this.clock)))));
		}
		BigDecimal rate = null;
		try {
			rate = new BigDecimal(usdPerUnit.strip());
		}
		catch (RuntimeException ex) {
			// stays null
		}
		if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0 || rate.scale() > 8) {
			problems.add(new InputProblem("usdPerUnit", "salaries.rates.error.rate", List.of()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<Rate> old = this.jdbc
			.sql("select currency, year, usd_per_unit, updated_at, version from exchange_rate where currency = ? and year = ? for update")
			.params(code, parsedYear)
			.query((rs, n) -> new Rate(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3),
					rs.getTimestamp(4).toInstant(), rs.getLong(5)))
			.optional();
		Instant now = this.clock.instant();
		if (old.isPresent()) {
			if (expectedVersion == null || old.get().version() != expectedVersion) {
				throw new SalaryConflictException();
			}
			this.jdbc
				.sql("update exchange_rate set usd_per_unit = ?, updated_at = ?, updated_by = ?, version = version + 1 where currency = ? and year = ?")
				.params(rate, java.sql.Timestamp.from(now), adminId, code, parsedYear)
				.update();
		}
		else {
			if (expectedVersion != null) {
				throw new SalaryConflictException();
			}
			this.jdbc.sql("insert into currency (code) values (?) on conflict do nothing").param(code).update();
			this.jdbc.sql("insert into exchange_rate (currency, year, usd_per_unit, updated_at, updated_by) values (?, ?, ?, ?, ?)")
				.params(code, parsedYear, rate, java.sql.Timestamp.from(now), adminId)
				.update();
		}
		// the records are converted with the rates as they are now, inside this transaction; the rates in memory
		// change once it commits, before the listeners of the event hear of it
		reloadAfterCommit();
		this.records.recomputeUsd(code, loadFromDatabase().get(code));
		this.outliers.flag();
		this.events.publishEvent(new ExchangeRateChanged(code, parsedYear));
		return old.map(Rate::usdPerUnit);
	}

	@Transactional(readOnly = true)
	public void reload() {
		this.rates = new Loaded(loadFromDatabase(), System.nanoTime());
	}

	private Map<String, NavigableMap<Integer, BigDecimal>> loadFromDatabase() {
		Map<String, NavigableMap<Integer, BigDecimal>> loaded = new TreeMap<>();
		this.jdbc.sql("select currency, year, usd_per_unit from exchange_rate").query(rs -> {
			loaded.computeIfAbsent(rs.getString(1), c -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
		});
		loaded.replaceAll((currency, years) -> Collections.unmodifiableNavigableMap(years));
		return Collections.unmodifiableMap(loaded);
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ExchangeRates.this.rates = new Loaded(loadFromDatabase(), System.nanoTime());
				}

				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						ExchangeRates.this.rates = null;
					}
				}
			});
		}
	}

	private BigDecimal latest(String currency) {
		NavigableMap<Integer, BigDecimal> years = (currency != null) ? rates().get(currency) : null;
		if (years == null || years.isEmpty()) {
			throw new UnknownCurrencyException(currency);
		}
		return years.lastEntry().getValue();
	}

	private static int toUsd(BigDecimal rate, long amount) {
		BigDecimal usd = rate.multiply(BigDecimal.valueOf(amount));
		return usd.setScale(0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
	}

	private Map<String, NavigableMap<Integer, BigDecimal>> rates() {
		Loaded current = this.rates;
		if (current == null || System.nanoTime() - current.at() > FRESH.toNanos()) {
			current = new Loaded(loadFromDatabase(), System.nanoTime());
			this.rates = current;
		}
		return current.byCurrency();
	}

	/**
	 * The rates as read at {@code at} ({@link System#nanoTime()}).
	 */
	private record Loaded(Map<String, NavigableMap<Integer, BigDecimal>> byCurrency, long at) {
	}

	static int currentYear(Clock clock) {
		return clock.instant().atZone(ZoneOffset.UTC).getYear();
	}

}
