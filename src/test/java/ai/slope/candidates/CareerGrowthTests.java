package ai.slope.candidates;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import ai.slope.candidates.CareerGrowth.Step;
import ai.slope.roles.Seniority;

import static ai.slope.roles.Seniority.ENTRY;
import static ai.slope.roles.Seniority.INTERN;
import static ai.slope.roles.Seniority.MID;
import static ai.slope.roles.Seniority.PRINCIPAL;
import static ai.slope.roles.Seniority.SENIOR;
import static ai.slope.roles.Seniority.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Growth of careers made by hand, each figure worked out on paper first.
 */
class CareerGrowthTests {

	private static Step step(Seniority level, String start, String end) {
		return new Step(level, YearMonth.parse(start), (end != null) ? YearMonth.parse(end) : null);
	}

	private static CareerGrowth growth(Step... steps) {
		return CareerGrowth.of(List.of(steps)).orElseThrow();
	}

	private static String english(CareerGrowth.Explanation how) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/candidates");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages.getMessage(how, Locale.ENGLISH);
	}

	@Test
	void noPositionsNoGrowth() {
		assertThat(CareerGrowth.of(List.of())).isEmpty();
	}

	@Test
	void aSteadyClimbFromEntryToSeniorInThreeYears() {
		// Entry 2018-07, Mid 2019-07, Senior 2021-07 (held now): 2 levels in 36 months
		CareerGrowth growth = growth(step(SENIOR, "2021-07", null), step(ENTRY, "2018-07", "2019-06"),
				step(MID, "2019-07", "2021-06"));

		assertThat(growth.startLevel()).isEqualTo(ENTRY);
		assertThat(growth.peakLevel()).isEqualTo(SENIOR);
		assertThat(growth.levelsClimbed()).isEqualTo(2);
		assertThat(growth.monthsToPeak()).isEqualTo(36);
		assertThat(growth.levelsPerYear()).isEqualTo(0.7);
		assertThat(growth.monthsToSenior()).isEqualTo(36);
		assertThat(growth.yearsToSenior()).isEqualTo(3.0);
		assertThat(growth.current()).isTrue();
		assertThat(english(growth.levelsPerYearHow())).isEqualTo(
				"2 levels (Entry level → Senior) between 2018-07, the first position, and 2021-07, the first at Senior: 2 × 12 ÷ 36 months.");
		assertThat(english(growth.timeToSeniorHow()))
			.isEqualTo("From 2018-07, the first position, to 2021-07, the first at Senior or above: 36 months.");
	}

	@Test
	void aGapBetweenPositionsCountsAsTime() {
		// Mid until 2016-12, a year and a half away, Senior from 2018-07: 1 level in 30 months
		CareerGrowth growth = growth(step(MID, "2016-01", "2016-12"), step(SENIOR, "2018-07", "2020-01"));

		assertThat(growth.monthsToPeak()).isEqualTo(30);
		assertThat(growth.levelsPerYear()).isEqualTo(0.4);
		assertThat(growth.monthsToSenior()).isEqualTo(30);
		assertThat(growth.current()).as("no position is held now").isFalse();
	}

	@Test
	void overlappingPositionsCountFromTheFirstMonthALevelWasHeld() {
		// a Staff role taken while still Senior elsewhere, and a later Senior side job that changes nothing
		CareerGrowth growth = growth(step(SENIOR, "2015-03", "2020-12"), step(STAFF, "2019-03", null),
				step(SENIOR, "2021-01", null));

		assertThat(growth.startLevel()).isEqualTo(SENIOR);
		assertThat(growth.peakLevel()).isEqualTo(STAFF);
		assertThat(growth.peakReached()).isEqualTo(YearMonth.of(2019, 3));
		assertThat(growth.levelsPerYear()).isEqualTo(0.3);
		assertThat(growth.monthsToSenior()).as("started senior").isZero();
		assertThat(english(growth.timeToSeniorHow())).isEqualTo("The first position (2015-03) was already at Senior.");
	}

	@Test
	void noSeniorPositionYetHasNoTimeToSenior() {
		CareerGrowth growth = growth(step(INTERN, "2022-06", "2022-09"), step(ENTRY, "2023-01", null));

		assertThat(growth.levelsClimbed()).isEqualTo(1);
		assertThat(growth.levelsPerYear()).isEqualTo(1.7);
		assertThat(growth.monthsToSenior()).isNull();
		assertThat(growth.yearsToSenior()).isNull();
		assertThat(english(growth.timeToSeniorHow()))
			.isEqualTo("No position at Senior or above yet (the highest: Entry level).");
	}

	@Test
	void noClimbIsAFlatRateAndSaysSo() {
		CareerGrowth growth = growth(step(MID, "2015-01", "2018-12"), step(MID, "2019-01", null));

		assertThat(growth.levelsClimbed()).isZero();
		assertThat(growth.levelsPerYear()).isZero();
		assertThat(english(growth.levelsPerYearHow()))
			.isEqualTo("No level climbed: the first position (2015-01) was at Mid level, and none is higher.");
	}

	@Test
	void aClimbWithinTheFirstMonthHasNoRate() {
		// two positions from the same month: the lower one is the start
		CareerGrowth growth = growth(step(PRINCIPAL, "2020-05", null), step(SENIOR, "2020-05", "2020-05"));

		assertThat(growth.startLevel()).isEqualTo(SENIOR);
		assertThat(growth.levelsClimbed()).isEqualTo(2);
		assertThat(growth.levelsPerYear()).isNull();
		assertThat(english(growth.levelsPerYearHow())).contains("too soon to give a rate");
	}

	@Test
	void aSinglePositionIsItsOwnStartAndPeak() {
		CareerGrowth growth = growth(step(ENTRY, "2024-09", null));

		assertThat(growth.firstStart()).isEqualTo(YearMonth.of(2024, 9));
		assertThat(growth.peakReached()).isEqualTo(YearMonth.of(2024, 9));
		assertThat(growth.levelsPerYear()).isZero();
		assertThat(growth.monthsToSenior()).isNull();
	}

}
