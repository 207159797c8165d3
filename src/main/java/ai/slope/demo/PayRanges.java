package ai.slope.demo;

import java.util.Map;
import java.util.Random;
import java.util.Set;

import ai.slope.companies.SizeBand;
import ai.slope.demo.SalaryDistribution.Level;
import ai.slope.jobs.AnnualPay;
import ai.slope.jobs.EmploymentType;
import ai.slope.roles.Seniority;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;

/**
 * Draws a posting's pay range from the real salary distribution of its role type and level, adjusted for the
 * country and the company's size, and quotes it in the country's currency and a usual period, in round
 * numbers.
 */
final class PayRanges {

	/**
	 * Where in its level's distribution the bottom of a seniority's range falls.
	 */
	private record Band(Level level, double lowPercentile, double highPercentile, double factor) {
	}

	private static final Map<Seniority, Band> BANDS = Map.of(
			// Interns earn well below new graduates, and the index has no intern rows.
			Seniority.INTERN, new Band(Level.EN, 10, 25, 0.7),
			Seniority.ENTRY, new Band(Level.EN, 25, 50, 1),
			Seniority.MID, new Band(Level.MI, 25, 50, 1),
			Seniority.SENIOR, new Band(Level.SE, 25, 50, 1),
			Seniority.STAFF, new Band(Level.SE, 50, 75, 1),
			// Few executives report pay; principal engineers sit at the top of the senior band.
			Seniority.PRINCIPAL, new Band(Level.SE, 75, 90, 1),
			Seniority.DIRECTOR, new Band(Level.EX, 50, 90, 1));

	private static final Map<SizeBand, Double> SIZE_FACTORS = Map.of(SizeBand.SEED, 0.85, SizeBand.SMALL, 0.92,
			SizeBand.MEDIUM, 1.0, SizeBand.LARGE, 1.08, SizeBand.ENTERPRISE, 1.12);

	/** Job boards in these countries usually quote monthly pay. */
	private static final Set<String> MONTHLY_PAY_COUNTRIES = Set.of("CN", "TW", "HK");

	/**
	 * A pay range as a posting states it, with the same range in annual US dollars.
	 */
	record Pay(int min, int max, String currency, SalaryPeriod period, int minAnnualUsd, int maxAnnualUsd) {
	}

	private final SalaryDistribution salaries;

	private final ExchangeRates exchangeRates;

	PayRanges(SalaryDistribution salaries, ExchangeRates exchangeRates) {
		this.salaries = salaries;
		this.exchangeRates = exchangeRates;
	}

	Pay draw(String roleType, Seniority seniority, EmploymentType employmentType, Country country, SizeBand size,
			Random random) {
		Band band = BANDS.get(seniority);
		int low = this.salaries.percentile(roleType, band.level(), band.lowPercentile());
		int high = this.salaries.percentile(roleType, band.level(), band.highPercentile());
		double minUsd = (low + random.nextDouble() * (high - low)) * band.factor() * country.payLevel()
				* SIZE_FACTORS.get(size);
		double maxUsd = minUsd * (1.2 + 0.4 * random.nextDouble());
		SalaryPeriod period = period(employmentType, country, random);
		String currency = country.currency();
		int min = roundNicely(this.exchangeRates.fromAnnualUsd((int) minUsd, currency, period));
		int max = roundNicely(this.exchangeRates.fromAnnualUsd((int) maxUsd, currency, period));
		if (max <= min) {
			max = roundNicely(min + min / 10 + 1);
		}
		return new Pay(min, max, currency, period,
				AnnualPay.toAnnualUsd(this.exchangeRates, min, currency, period, employmentType),
				AnnualPay.toAnnualUsd(this.exchangeRates, max, currency, period, employmentType));
	}

	private static SalaryPeriod period(EmploymentType employmentType, Country country, Random random) {
		double roll = random.nextDouble();
		return switch (employmentType) {
			case INTERNSHIP -> (roll < 0.5) ? SalaryPeriod.MONTH : (roll < 0.8) ? SalaryPeriod.HOUR : SalaryPeriod.YEAR;
			case CONTRACT -> (roll < 0.5) ? SalaryPeriod.HOUR : (roll < 0.7) ? SalaryPeriod.MONTH : SalaryPeriod.YEAR;
			case PART_TIME -> (roll < 0.7) ? SalaryPeriod.HOUR : SalaryPeriod.YEAR;
			case TEMPORARY -> (roll < 0.5) ? SalaryPeriod.MONTH : (roll < 0.7) ? SalaryPeriod.HOUR : SalaryPeriod.YEAR;
			case FULL_TIME -> (MONTHLY_PAY_COUNTRIES.contains(country.code()) && roll < 0.5) ? SalaryPeriod.MONTH
					: SalaryPeriod.YEAR;
		};
	}

	/**
	 * Rounds to a multiple of five in the third significant digit (168,345 to 170,000; 45,120 to 45,000), the
	 * way people write pay; amounts under 100, such as hourly rates, to whole units.
	 */
	static int roundNicely(int amount) {
		if (amount < 100) {
			return Math.max(1, amount);
		}
		int digits = (int) Math.log10(amount) + 1;
		long step = 5 * (long) Math.pow(10, digits - 3);
		return (int) Math.min(Integer.MAX_VALUE, Math.round((double) amount / step) * step);
	}

}
