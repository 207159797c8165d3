package ai.slope.jobs;

import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.Places;

/**
 * Formats postings for the pages: pay ranges and places in the reader's language. The jobs module's templates call
 * it as {@code @jobFormat}; other modules' controllers put what it writes in their models (a template calls no
 * other module's bean). Dates and counts are {@code @formats} ({@link ai.slope.web.Formats}).
 */
@Component("jobFormat")
public class JobFormat {

	private final MessageSource messages;

	private final Places places;

	private final Clock clock;

	/** How many days before its deadline a program's card says when it closes. */
	public static final int CLOSING_SOON_DAYS = 14;

	JobFormat(MessageSource messages, Places places, Clock clock) {
		this.messages = messages;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * The whole days left to apply to a program whose deadline is at most {@link #CLOSING_SOON_DAYS} away (0 on
	 * its last day, as {@link ProgramTerms#daysLeft} counts them Anywhere on Earth); {@code null} for a job, a
	 * program further off, or one whose deadline has passed.
	 */
	public Long closesIn(JobSummary job) {
		if (!job.isProgram() || job.applicationDeadline() == null) {
			return null;
		}
		long days = ProgramTerms.daysLeft(job.applicationDeadline(), this.clock.instant());
		return (days >= 0 && days <= CLOSING_SOON_DAYS) ? days : null;
	}

	/**
	 * What a card is kept under in the fragment cache ({@link ai.slope.web.FragmentCache}): the posting, and for a
	 * program that closes soon the days left, so that the badge changes with the day and no kept card shows
	 * yesterday's count.
	 */
	public Object cardKey(JobSummary job) {
		Long days = closesIn(job);
		return (days == null) ? job : List.of(job, days);
	}

	public String salary(JobSummary job, Locale locale) {
		return salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod(), locale);
	}

	public String salary(JobPosting job, Locale locale) {
		return salary(job.getSalaryMin(), job.getSalaryMax(), job.getSalaryCurrency(), job.getSalaryPeriod(), locale);
	}

	public String salary(PostingView job, Locale locale) {
		return salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod(), locale);
	}

	public String salary(PostingCard job, Locale locale) {
		return salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod(), locale);
	}

	/**
	 * The range in annual US dollars, shown beside pay in other currencies or periods.
	 */
	public String annualUsd(int minUsd, int maxUsd, Locale locale) {
		return annualUsd(minUsd, maxUsd, SalaryPeriod.YEAR, null, locale);
	}

	/**
	 * The range in annual US dollars, saying for hourly and monthly pay what a year was taken to be (see
	 * {@link AnnualPay}), so that nobody reads part-time hourly pay as a full-time salary.
	 */
	public String annualUsd(int minUsd, int maxUsd, SalaryPeriod period, EmploymentType type, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		String min = numbers.format(roundToThousands(minUsd));
		String max = numbers.format(roundToThousands(maxUsd));
		return switch (period) {
			case HOUR -> this.messages.getMessage("salary.annual-usd.hourly",
					new Object[] { min, max, AnnualPay.hoursAWeek(type) }, locale);
			case MONTH -> this.messages.getMessage("salary.annual-usd.monthly", new Object[] { min, max }, locale);
			case YEAR -> this.messages.getMessage("salary.annual-usd", new Object[] { min, max }, locale);
		};
	}

	private static long roundToThousands(int amount) {
		return (amount < 10_000) ? amount : Math.round(amount / 1000.0) * 1000;
	}

	public boolean needsUsd(String currency, SalaryPeriod period) {
		return !"USD".equals(currency) || period != SalaryPeriod.YEAR;
	}

	private String salary(int min, int max, String currency, SalaryPeriod period, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		String range = (min == max) ? numbers.format(min) : numbers.format(min) + "–" + numbers.format(max);
		String per = this.messages.getMessage(period.messageKey(), null, locale);
		return this.messages.getMessage("salary.range", new Object[] { currency, range, per }, locale);
	}

	public String location(JobSummary job, Locale locale) {
		return location(job.remotePolicy(), job.city(), job.country(), locale);
	}

	public String location(JobPosting job, Locale locale) {
		return location(job.getRemotePolicy(), job.getCity(), job.getCountry(), locale);
	}

	public String location(PostingView job, Locale locale) {
		return location(job.remotePolicy(), job.city(), job.country(), locale);
	}

	public String location(PostingCard job, Locale locale) {
		return location(job.remotePolicy(), job.city(), job.country(), locale);
	}

	private String location(RemotePolicy remote, String city, String country, Locale locale) {
		String place = this.places.place(city, country, locale);
		String policy = this.messages.getMessage(remote.messageKey(), null, locale);
		return place + " · " + policy;
	}

}
