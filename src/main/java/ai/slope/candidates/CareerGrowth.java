package ai.slope.candidates;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import ai.slope.roles.Seniority;

/**
 * How fast a career grew, from its positions' seniority levels and start months (end months do not matter: a
 * level counts from the month it was first held). Gaps between positions count as time like any other month;
 * overlapping positions are fine (the earliest start of a level is when it was reached). docs/signals.md.
 * <ul>
 * <li><b>start level</b>: the level of the earliest position (the lowest, when several start that month);</li>
 * <li><b>peak level</b>: the highest level held, <b>reached</b> at the earliest start of a position at it;</li>
 * <li><b>levels climbed</b>: peak minus start, counted in {@link Seniority} steps (Intern, Entry, Mid, Senior,
 * Staff, Principal, Director);</li>
 * <li><b>levels a year</b>: levels climbed × 12 / the months from the first start to the peak reached, to one
 * decimal; 0 when no level was climbed; none when the climb happened within the first month;</li>
 * <li><b>time to senior</b>: the months from the first start to the earliest start of a position at Senior or
 * above (0 when the first position already was); none without such a position.</li>
 * </ul>
 * @param current whether a position is held now
 */
public record CareerGrowth(YearMonth firstStart, Seniority startLevel, Seniority peakLevel, YearMonth peakReached,
		int levelsClimbed, Double levelsPerYear, YearMonth seniorReached, Integer monthsToSenior, boolean current) {

	/** One position, as growth reads it. */
	public record Step(Seniority seniority, YearMonth start, YearMonth end) {
	}

	/**
	 * A message code and its arguments: how a figure was computed, written in the reader's language.
	 */
	public record Explanation(String code, Object... arguments) implements MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			return new String[] { this.code };
		}

		@Override
		public Object[] getArguments() {
			return this.arguments;
		}

	}

	/**
	 * The growth of these positions; empty without any.
	 */
	public static Optional<CareerGrowth> of(List<Step> steps) {
		if (steps.isEmpty()) {
			return Optional.empty();
		}
		List<Step> ordered = steps.stream()
			.sorted(Comparator.comparing(Step::start).thenComparing(Step::seniority))
			.toList();
		Step first = ordered.get(0);
		Seniority peak = ordered.stream().map(Step::seniority).max(Comparator.naturalOrder()).orElseThrow();
		YearMonth peakReached = ordered.stream()
			.filter(step -> step.seniority() == peak)
			.map(Step::start)
			.findFirst()
			.orElseThrow();
		int climbed = peak.ordinal() - first.seniority().ordinal();
		long monthsToPeak = ChronoUnit.MONTHS.between(first.start(), peakReached);
		Double perYear;
		if (climbed == 0) {
			perYear = 0.0;
		}
		else if (monthsToPeak == 0) {
			perYear = null;
		}
		else {
			perYear = Math.round(climbed * 12.0 * 10 / monthsToPeak) / 10.0;
		}
		Optional<YearMonth> senior = ordered.stream()
			.filter(step -> step.seniority().compareTo(Seniority.SENIOR) >= 0)
			.map(Step::start)
			.findFirst();
		boolean current = ordered.stream().anyMatch(step -> step.end() == null);
		return Optional.of(new CareerGrowth(first.start(), first.seniority(), peak, peakReached, climbed, perYear,
				senior.orElse(null), senior.map(month -> (int) ChronoUnit.MONTHS.between(first.start(), month)).orElse(null),
				current));
	}

	/** {@link #monthsToSenior} in years, to one decimal; null without a senior position. */
	public Double yearsToSenior() {
		return (this.monthsToSenior != null) ? years(this.monthsToSenior) : null;
	}

	/** {@link #monthsToPeak} in years, to one decimal. */
	public double yearsToPeak() {
		return years(monthsToPeak());
	}

	public int monthsToPeak() {
		return (int) ChronoUnit.MONTHS.between(this.firstStart, this.peakReached);
	}

	/** A level's name, which the message source writes in the reader's language. */
	private static MessageSourceResolvable label(Seniority level) {
		return new DefaultMessageSourceResolvable(level.messageKey());
	}

	/** Years from months, to one decimal. */
	public static double years(int months) {
		return Math.round(months * 10 / 12.0) / 10.0;
	}

	/** How the levels a year were computed. */
	public Explanation levelsPerYearHow() {
		if (this.levelsClimbed == 0) {
			return new Explanation("candidates.growth.rate.flat.how", label(this.startLevel),
					this.firstStart.toString());
		}
		if (this.levelsPerYear == null) {
			return new Explanation("candidates.growth.rate.none.how", label(this.startLevel),
					label(this.peakLevel), this.firstStart.toString());
		}
		return new Explanation("candidates.growth.rate.how", this.levelsClimbed, label(this.startLevel),
				label(this.peakLevel), this.firstStart.toString(), this.peakReached.toString(), monthsToPeak());
	}

	/** How the time to senior was computed. */
	public Explanation timeToSeniorHow() {
		if (this.monthsToSenior == null) {
			return new Explanation("candidates.growth.senior.none.how", label(this.peakLevel));
		}
		if (this.monthsToSenior == 0) {
			return new Explanation("candidates.growth.senior.start.how", label(this.startLevel),
					this.firstStart.toString());
		}
		return new Explanation("candidates.growth.senior.how", this.firstStart.toString(),
				this.seniorReached.toString(), this.monthsToSenior);
	}

}
