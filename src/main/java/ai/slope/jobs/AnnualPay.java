package ai.slope.jobs;

import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;

/**
 * How a posting's pay becomes annual US dollars for sorting, filters and the hint beside it. A month is a twelfth
 * of a year; an hour is one of 40 a week for 52 weeks, but one of 20 a week in part-time work, so that part-time
 * hourly pay does not sort and filter as if it were a full-time salary.
 */
public final class AnnualPay {

	public static final int FULL_TIME_HOURS_A_WEEK = 40;

	public static final int PART_TIME_HOURS_A_WEEK = 20;

	private AnnualPay() {
	}

	public static int hoursAWeek(EmploymentType type) {
		return (type == EmploymentType.PART_TIME) ? PART_TIME_HOURS_A_WEEK : FULL_TIME_HOURS_A_WEEK;
	}

	/**
	 * The pay of one period in annual US dollars at the hours a week {@code type} stands for.
	 */
	public static int toAnnualUsd(ExchangeRates rates, int amount, String currency, SalaryPeriod period,
			EmploymentType type) {
		int fullTime = rates.toAnnualUsd(amount, currency, period);
		if (period != SalaryPeriod.HOUR || hoursAWeek(type) == FULL_TIME_HOURS_A_WEEK) {
			return fullTime;
		}
		return (int) Math.round((double) fullTime * hoursAWeek(type) / FULL_TIME_HOURS_A_WEEK);
	}

}
