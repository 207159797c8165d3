package ai.slope.salaries;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The percentiles of the explorer, the API and the posting pages: equal to a computation in the test, each only
 * from its minimum group size and when no single report could move it by more than a step, rounded to the step;
 * and what the attacks of issue 13 read off them (nothing).
 */
@WebIntegrationTest
class SalaryStatsTests {

	@Autowired
	SalaryFixture salaries;

	@Autowired
	SalaryStats stats;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void importTheSliceWithTheDefaultRules() {
		this.salaries.clear();
		this.salaries.addDefaultRules();
		this.salaries.importSlice();
	}

	@Test
	void percentilesEqualALinearInterpolationOfTheSortedApprovedAmounts() {
		SalaryQuery query = new SalaryQuery("data-engineer", ExperienceLevel.SE, "US", null, null, null);
		List<Long> amounts = this.jdbc.queryForList("""
				select amount_usd::bigint from salary_record where status = 'APPROVED' and role_type = 'data-engineer'
				and experience_level = 'SE' and employee_residence = 'US' order by amount_usd
				""", Long.class);

		SalaryStats.Figures figures = this.stats.figures(query);

		assertThat(amounts).hasSizeGreaterThan(100);
		assertThat(figures.count()).isEqualTo(amounts.size());
		assertThat(figures.p50()).isNotNull();
		assertThat(figures.percentiles()).isEqualTo(published(amounts));
	}

	/**
	 * What should be published of a group, written out: each percentile rounded to the step, when the group has
	 * its minimum size and the amounts from the one below the two it interpolates between to the one above them
	 * lie within a step; otherwise null.
	 */
	static List<Long> published(List<Long> sorted) {
		List<Long> expected = new ArrayList<>();
		int n = sorted.size();
		for (int p : SalaryStats.PERCENTILES) {
			double position = p / 100.0 * (n - 1);
			int below = (int) Math.floor(position) - 1;
			int above = (int) Math.ceil(position) + 1;
			boolean stable = n >= SalaryStats.minRecords(p) && below >= 0 && above < n
					&& sorted.get(above) - sorted.get(below) <= SalaryStats.STEP;
			expected.add(stable ? Math.round(percentile(sorted, p / 100.0) / SalaryStats.STEP) * SalaryStats.STEP : null);
		}
		return expected.stream().allMatch(java.util.Objects::isNull) ? List.of() : expected;
	}

	@Test
	void eachLevelAndYearOfTheOverviewIsWhatItsGroupAloneGives() {
		SalaryQuery query = new SalaryQuery("data-engineer", null, null, null, null, null);
		List<SalaryStats.Group<ExperienceLevel>> byLevel = this.stats.byLevel(query);
		assertThat(byLevel).extracting(SalaryStats.Group::key).containsExactly(ExperienceLevel.values());
		assertThat(byLevel).filteredOn(group -> group.figures().isShown()).hasSizeGreaterThanOrEqualTo(2);
		for (SalaryStats.Group<ExperienceLevel> level : byLevel) {
			assertThat(level.figures()).as("level %s", level.key())
				.isEqualTo(this.stats.figures(new SalaryQuery("data-engineer", level.key(), null, null, null, null)));
		}
		List<Integer> years = this.jdbc.queryForList("""
				select distinct year from salary_record where status = 'APPROVED' and role_type = 'data-engineer'
				order by year
				""", Integer.class);
		List<SalaryStats.Group<Integer>> byYear = this.stats.byYear(query);
		assertThat(byYear).extracting(SalaryStats.Group::key).isEqualTo(years).hasSizeGreaterThanOrEqualTo(2);
		for (SalaryStats.Group<Integer> year : byYear) {
			assertThat(year.figures()).as("year %s", year.key())
				.isEqualTo(this.stats.figures(new SalaryQuery("data-engineer", null, null, year.key(), year.key(), null)));
		}
		// a range of years names only its own
		assertThat(this.stats.byYear(new SalaryQuery("data-engineer", null, null, years.get(1), years.get(1), null)))
			.extracting(SalaryStats.Group::key)
			.containsExactly(years.get(1));
	}

	@Test
	void everyCriterionNarrowsTheRecordsCounted() {
		long all = this.stats.figures(SalaryQuery.ALL).count();
		long mapped = this.salaries.count("status = 'APPROVED' and role_type is not null");
		assertThat(all).isEqualTo(mapped);
		SalaryQuery narrow = new SalaryQuery("ml-engineer", ExperienceLevel.SE, "US", 2024, 2024, 0);
		assertThat(this.stats.figures(narrow).count()).isEqualTo(this.salaries.count(
				"status = 'APPROVED' and role_type = 'ml-engineer' and experience_level = 'SE' and employee_residence = 'US' and year = 2024 and remote_ratio = 0"));
		assertThat(this.stats.byLevel(SalaryQuery.ALL)).extracting(SalaryStats.Group::key)
			.containsExactly(ExperienceLevel.values());
	}

	@Test
	void eachPercentileHasItsMinimumGroupSize() {
		SalaryQuery query = new SalaryQuery("hardware-engineer", ExperienceLevel.EX, "NZ", null, null, null);
		// close together: 200,000, 200,100, 200,200, … so that only the size decides
		int added = 0;
		for (int size : new int[] { 9, 10, 19, 20, 49, 50 }) {
			while (added < size) {
				this.salaries.record("hardware-engineer", "EX", "NZ", 2024, 200_000 + 100 * added);
				added++;
			}
			SalaryStats.Figures figures = this.stats.figures(query);
			assertThat(figures.count()).isEqualTo(size);
			assertThat(figures.p50() != null).as("median of %s", size).isEqualTo(size >= 10);
			assertThat(figures.p25() != null).as("25th of %s", size).isEqualTo(size >= 20);
			assertThat(figures.p75() != null).as("75th of %s", size).isEqualTo(size >= 20);
			assertThat(figures.p10() != null).as("10th of %s", size).isEqualTo(size >= 50);
			assertThat(figures.p90() != null).as("90th of %s", size).isEqualTo(size >= 50);
			assertThat(figures.percentiles()).allMatch(v -> v == null || v % SalaryStats.STEP == 0);
		}
		assertThat(this.stats.figures(query).percentiles())
			.containsExactly(200_000L, 200_000L, 200_000L, 205_000L, 205_000L);
		assertThat(SalaryStats.minRecords(50)).isEqualTo(SalaryStats.MIN_RECORDS);
	}

	@Test
	void aPercentileThatOneReportCouldMoveByMoreThanAStepIsNotPublished() {
		// sixty reports 10,000 apart: every percentile sits between reports further apart than a step
		for (int i = 0; i < 60; i++) {
			this.salaries.record("hardware-engineer", "EX", "NZ", 2024, 100_000 + 10_000 * i);
		}
		SalaryStats.Figures spread = this.stats.figures(new SalaryQuery("hardware-engineer", ExperienceLevel.EX,
				"NZ", null, null, null));
		assertThat(spread.count()).isEqualTo(60);
		assertThat(spread.isShown()).isFalse();
		assertThat(this.stats.position("hardware-engineer", ExperienceLevel.EX, "NZ", 150_000, 250_000)).isEmpty();
	}

	@Test
	void theIssuesAttackerCannotReadFiveImportedAmountsBack() {
		// issue 13: with five reports, p25, p50 and p75 were the 2nd, 3rd and 4th amount, and p10 and p90 gave the
		// 1st and 5th
		long[] amounts = { 101_000, 137_000, 160_000, 199_000, 240_000 };
		for (long amount : amounts) {
			this.salaries.record("ai-safety", "SE", "NZ", 2024, (int) amount);
		}
		SalaryStats.Overview overview = this.stats
			.overview(new SalaryQuery("ai-safety", ExperienceLevel.SE, "NZ", null, null, null));
		List<SalaryStats.Figures> everything = new ArrayList<>();
		everything.add(overview.figures());
		overview.byLevel().forEach(group -> everything.add(group.figures()));
		overview.byYear().forEach(group -> everything.add(group.figures()));

		List<Long> recovered = new ArrayList<>();
		for (SalaryStats.Figures figures : everything) {
			recovered.addAll(readBackFiveAmounts(figures));
		}

		assertThat(overview.figures().count()).isEqualTo(5);
		for (long amount : amounts) {
			assertThat(recovered).as("%s", amount).noneMatch(guess -> Math.abs(guess - amount) < SalaryStats.STEP);
		}
	}

	/**
	 * The attacker of issue 13: for a group of five, the 2nd to 4th amounts are p25, p50 and p75, and p10 and p90
	 * are 40% of the way from the 1st to the 2nd and 60% from the 4th to the 5th.
	 */
	private static List<Long> readBackFiveAmounts(SalaryStats.Figures figures) {
		List<Long> guesses = new ArrayList<>();
		if (figures.count() != 5) {
			return guesses;
		}
		for (Long value : new Long[] { figures.p25(), figures.p50(), figures.p75() }) {
			if (value != null) {
				guesses.add(value);
			}
		}
		if (figures.p10() != null && figures.p25() != null) {
			guesses.add(Math.round((figures.p10() - 0.4 * figures.p25()) / 0.6));
		}
		if (figures.p90() != null && figures.p75() != null) {
			guesses.add(Math.round(figures.p75() + (figures.p90() - figures.p75()) / 0.6));
		}
		return guesses;
	}

	@Test
	void twoGroupsThatDifferByOneReportDoNotTellWhatItPays() {
		// 29 reports of 2024 a thousand apart (200,000 to 228,000); the one report of 2023 is the target: all years
		// and 2024 alone differ by it
		for (int i = 0; i < 29; i++) {
			this.salaries.record("ai-safety", "MI", "NZ", 2024, 200_000 + 1_000 * i);
		}
		SalaryQuery allYears = new SalaryQuery("ai-safety", ExperienceLevel.MI, "NZ", null, null, null);
		SalaryQuery without = new SalaryQuery("ai-safety", ExperienceLevel.MI, "NZ", 2024, 2024, null);
		List<List<Long>> answers = new ArrayList<>();
		List<Long> estimates = new ArrayList<>();
		long[] targets = { 214_600, 221_300, 237_900 };
		for (long target : targets) {
			long id = this.salaries.record("ai-safety", "MI", "NZ", 2023, (int) target);
			SalaryStats.Figures with = this.stats.figures(allYears);
			SalaryStats.Figures rest = this.stats.figures(without);
			assertThat(with.count() - rest.count()).isEqualTo(1);
			assertThat(with.p50()).isNotNull();
			answers.add(with.percentiles());
			// the differencing attack on the median: 30 reports' median is the mean of the 15th and 16th; without
			// the target it is the 15th, so the target is twice the one less the other
			estimates.add(2 * with.p50() - rest.p50());
			this.jdbc.update("delete from salary_record where id = ?", id);
			this.stats.forget();
		}

		// every published figure is the same whatever the target is paid, across more than four steps
		assertThat(answers).containsOnly(answers.get(0));
		assertThat(targets[2] - targets[0]).isGreaterThan(4L * SalaryStats.STEP);
		assertThat(estimates).containsOnly(estimates.get(0));
		long misses = java.util.Arrays.stream(targets)
			.filter(target -> Math.abs(target - estimates.get(0)) > SalaryStats.STEP)
			.count();
		assertThat(misses).as("the attacker's one estimate cannot be within a step of all of them").isPositive();
	}

	@Test
	void aReportFarFromItsNeighboursIsNotExposedByDifferencingEither() {
		// reports 10,000 apart: before issue 13's fix, all years' median less 2024's gave the target to the dollar
		for (int i = 0; i < 29; i++) {
			this.salaries.record("ai-safety", "EN", "NZ", 2024, 100_000 + 10_000 * i);
		}
		this.salaries.record("ai-safety", "EN", "NZ", 2023, 243_210);

		SalaryStats.Figures with = this.stats.figures(new SalaryQuery("ai-safety", ExperienceLevel.EN, "NZ", null,
				null, null));
		SalaryStats.Figures rest = this.stats.figures(new SalaryQuery("ai-safety", ExperienceLevel.EN, "NZ", 2024,
				2024, null));

		assertThat(with.count()).isEqualTo(30);
		assertThat(rest.count()).isEqualTo(29);
		assertThat(with.p50()).isNull();
		assertThat(rest.p50()).isNull();
	}

	@Test
	void recordsThatAreNotApprovedAreNotCounted() {
		SalaryQuery query = new SalaryQuery("ai-ethics-policy", ExperienceLevel.MI, "NO", null, null, null);
		for (int i = 1; i <= 10; i++) {
			this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 91_000 + i);
		}
		this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 1, "PENDING");
		this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 1, "REJECTED");
		this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 1, "FLAGGED");

		assertThat(this.stats.figures(query).count()).isEqualTo(10);
		assertThat(this.stats.figures(query).p50()).isEqualTo(90_000L);
	}

	/**
	 * What PostgreSQL's percentile_cont computes, written out: the value at position p × (n − 1) of the sorted
	 * values, interpolated between its neighbours.
	 */
	static double percentile(List<Long> sorted, double p) {
		double position = p * (sorted.size() - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
	}

}
