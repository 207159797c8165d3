package ai.slope.salaries.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import ai.slope.salaries.SalaryStats;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryChartsTests {

	private static SalaryCharts charts() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/salaries");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new SalaryCharts(new Money(messages), messages);
	}

	/** A generous width: 7 units for a digit, sign or space at 12 px, a whole em for a Chinese character. */
	private static double drawnWidth(String label) {
		return label.codePoints().mapToDouble(c -> (c >= 0x2E80) ? 12 : 7).sum();
	}

	private static List<SalaryStats.Group<Integer>> years() {
		return List.of(
				new SalaryStats.Group<>(2023, new SalaryStats.Figures(40, List.of(90_000L, 120_000L, 160_000L, 210_000L, 260_000L))),
				new SalaryStats.Group<>(2024, new SalaryStats.Figures(50, List.of(95_000L, 130_000L, 170_000L, 240_000L, 290_000L))));
	}

	@Test
	void theYearAxisHasRoomForItsLongestChineseLabel() {
		// the wide chart and the phone's
		for (SalaryCharts.YearChart chart : charts().years(years(), Locale.SIMPLIFIED_CHINESE)) {
			assertThat(chart.yTicks()).extracting(SalaryCharts.Tick::label).contains("18.8万 美元");
			for (SalaryCharts.Tick tick : chart.yTicks()) {
				assertThat(chart.plotLeft() - 8).as(tick.label()).isGreaterThanOrEqualTo(drawnWidth(tick.label()));
			}
			assertThat(chart.points()).allSatisfy(point -> assertThat(point.x()).isGreaterThan(chart.plotLeft()));
		}
	}

	@Test
	void theEnglishAxisKeepsItsPlace() {
		SalaryCharts.YearChart chart = charts().years(years(), Locale.ENGLISH, SalaryCharts.Frame.WIDE);

		assertThat(chart.yTicks()).extracting(SalaryCharts.Tick::label).contains("$187.5K");
		assertThat(chart.plotLeft()).isEqualTo(SalaryCharts.YEAR_LEFT);
	}

}
