package ai.slope.salaries;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.accounts.AccountsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The percentiles of the explorer, the API and the posting pages: equal to a computation in the test, and never
 * for fewer than five records.
 */
@AccountsIntegrationTest
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
		List<Long> expected = new ArrayList<>();
		for (int p : SalaryStats.PERCENTILES) {
			expected.add(Math.round(percentile(amounts, p / 100.0)));
		}
		assertThat(figures.percentiles()).isEqualTo(expected);
	}

	@Test
	void eachLevelAndYearOfTheOverviewIsWhatItsGroupAloneGives() {
		SalaryQuery query = new SalaryQuery("data-engineer", null, "US", null, null, null);
		List<SalaryStats.Group<ExperienceLevel>> byLevel = this.stats.byLevel(query);
		assertThat(byLevel).extracting(SalaryStats.Group::key).containsExactly(ExperienceLevel.values());
		assertThat(byLevel).filteredOn(group -> group.figures().isShown()).hasSizeGreaterThanOrEqualTo(2);
		for (SalaryStats.Group<ExperienceLevel> level : byLevel) {
			assertThat(level.figures()).as("level %s", level.key())
				.isEqualTo(this.stats.figures(new SalaryQuery("data-engineer", level.key(), "US", null, null, null)));
		}
		List<Integer> years = this.jdbc.queryForList("""
				select distinct year from salary_record where status = 'APPROVED' and role_type = 'data-engineer'
				and employee_residence = 'US' order by year
				""", Integer.class);
		List<SalaryStats.Group<Integer>> byYear = this.stats.byYear(query);
		assertThat(byYear).extracting(SalaryStats.Group::key).isEqualTo(years).hasSizeGreaterThanOrEqualTo(2);
		for (SalaryStats.Group<Integer> year : byYear) {
			assertThat(year.figures()).as("year %s", year.key())
				.isEqualTo(this.stats.figures(new SalaryQuery("data-engineer", null, "US", year.key(), year.key(), null)));
		}
		// a range of years names only its own
		assertThat(this.stats.byYear(new SalaryQuery("data-engineer", null, "US", years.get(1), years.get(1), null)))
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
	void aGroupOfFewerThanFiveRecordsIsCountedButNotDescribed() {
		for (int i = 1; i <= 4; i++) {
			this.salaries.record("hardware-engineer", "EX", "NZ", 2024, 100_000 * i);
		}
		SalaryQuery query = new SalaryQuery("hardware-engineer", ExperienceLevel.EX, "NZ", null, null, null);
		SalaryStats.Figures four = this.stats.figures(query);
		assertThat(four.count()).isEqualTo(4);
		assertThat(four.isShown()).isFalse();
		assertThat(four.p50()).isNull();
		assertThat(this.stats.position("hardware-engineer", ExperienceLevel.EX, "NZ", 150_000, 250_000)).isEmpty();

		this.salaries.record("hardware-engineer", "EX", "NZ", 2024, 500_000);
		SalaryStats.Figures five = this.stats.figures(query);
		assertThat(five.isShown()).isTrue();
		// 100, 200, 300, 400, 500 thousand: p10 at 0.4 → 140, p25 → 200, p50 → 300, p75 → 400, p90 at 3.6 → 460
		assertThat(five.percentiles()).containsExactly(140_000L, 200_000L, 300_000L, 400_000L, 460_000L);
		// 150 thousand: 1 of 5 paid less (20%); 450 thousand: 4 of 5 (80%)
		assertThat(this.stats.position("hardware-engineer", ExperienceLevel.EX, "NZ", 150_000, 450_000))
			.contains(new SalaryStats.Position(20, 80, 5));
	}

	@Test
	void recordsThatAreNotApprovedAreNotCounted() {
		SalaryQuery query = new SalaryQuery("ai-ethics-policy", ExperienceLevel.MI, "NO", null, null, null);
		for (int i = 1; i <= 5; i++) {
			this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 90_000 + i);
		}
		this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 1, "PENDING");
		this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 1, "REJECTED");
		this.salaries.record("ai-ethics-policy", "MI", "NO", 2024, 1, "FLAGGED");

		assertThat(this.stats.figures(query).count()).isEqualTo(5);
		assertThat(this.stats.figures(query).p10()).isGreaterThan(90_000L);
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
