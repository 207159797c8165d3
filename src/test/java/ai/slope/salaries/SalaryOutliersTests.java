package ai.slope.salaries;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outliers within a role type, level and country, on examples computed by hand.
 */
@WebIntegrationTest
class SalaryOutliersTests {

	@Autowired
	SalaryFixture salaries;

	@Autowired
	SalaryOutliers outliers;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startClean() {
		this.salaries.clear();
	}

	/**
	 * Eight research scientists in Iceland: 100, 110, 120, 130, 140, 150, 160 and 1,000 thousand dollars.
	 * percentile_cont(0.25) is at position 0.25 × 7 = 1.75: 110 + 0.75 × 10 = 117.5; Q3 at 5.25: 150 + 0.25 × 10 =
	 * 152.5; IQR 35; the fences are 117.5 − 105 = 12.5 and 152.5 + 105 = 257.5 thousand. Only 1,000 is outside.
	 */
	@Test
	void aRecordBeyondThreeInterquartileRangesIsFlaggedWithTheReason() {
		long[] ids = new long[8];
		int[] thousands = { 100, 110, 120, 130, 140, 150, 160, 1000 };
		for (int i = 0; i < thousands.length; i++) {
			ids[i] = this.salaries.record("research-scientist", "SE", "IS", 2024, thousands[i] * 1000);
		}
		// another level in the same country is another group, too small to judge
		long alone = this.salaries.record("research-scientist", "MI", "IS", 2024, 5_000_000);

		SalaryOutliers.Result result = this.outliers.flag();

		assertThat(result.flagged()).isEqualTo(1);
		assertThat(this.salaries.status(ids[7])).isEqualTo("FLAGGED");
		for (int i = 0; i < 7; i++) {
			assertThat(this.salaries.status(ids[i])).isEqualTo("APPROVED");
		}
		assertThat(this.salaries.status(alone)).isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject("select flag_reason from salary_record where id = ?", String.class, ids[7]))
			.isEqualTo("HIGH|257500.00|117500.00|152500.00|8");
		SalaryRecord.Flag flag = SalaryRecord.Flag.parse("HIGH|257500.00|117500.00|152500.00|8");
		assertThat(flag.high()).isTrue();
		assertThat(flag.records()).isEqualTo(8);
	}

	/**
	 * Six ML engineers in Malta: 10, 100, 101, 102, 103 and 104 thousand dollars. Q1 at 1.25: 100 + 0.25 × 1 =
	 * 100.25; Q3 at 3.75: 102 + 0.75 × 1 = 102.75; IQR 2.5; the low fence is 100.25 − 7.5 = 92.75 thousand: 10 is
	 * below it.
	 */
	@Test
	void aRecordFarBelowItsGroupIsFlaggedToo() {
		long low = this.salaries.record("ml-engineer", "MI", "MT", 2024, 10_000);
		for (int thousands : new int[] { 100, 101, 102, 103, 104 }) {
			this.salaries.record("ml-engineer", "MI", "MT", 2024, thousands * 1000);
		}

		this.outliers.flag();

		assertThat(this.salaries.status(low)).isEqualTo("FLAGGED");
		assertThat(this.jdbc.queryForObject("select flag_reason from salary_record where id = ?", String.class, low))
			.isEqualTo("LOW|92750.00|100250.00|102750.00|6");
	}

	@Test
	void aRecordAnAdminApprovedStaysApprovedAndFlaggingTwiceChangesNothing() {
		int[] thousands = { 100, 110, 120, 130, 140, 150, 160, 1000 };
		long last = 0;
		for (int value : thousands) {
			last = this.salaries.record("ai-safety", "SE", "LU", 2024, value * 1000);
		}
		this.outliers.flag();
		assertThat(this.outliers.flag()).isEqualTo(new SalaryOutliers.Result(0, 0));
		this.jdbc.update("update salary_record set status = 'APPROVED', reviewed_by = (select min(id) from account), flag_reason = null where id = ?", last);

		assertThat(this.outliers.flag().flagged()).isZero();
		assertThat(this.salaries.status(last)).isEqualTo("APPROVED");
	}

	@Test
	void aFlaggedRecordThatIsNoLongerAnOutlierIsApprovedAgain() {
		long high = 0;
		for (int value : new int[] { 100, 110, 120, 130, 140, 150, 160, 1000 }) {
			high = this.salaries.record("data-engineer", "SE", "EE", 2024, value * 1000);
		}
		this.outliers.flag();
		assertThat(this.salaries.status(high)).isEqualTo("FLAGGED");
		// the group spreads out: 1,000 thousand is within the fences now
		for (int value : new int[] { 400, 600, 800, 900, 950, 990 }) {
			this.salaries.record("data-engineer", "SE", "EE", 2024, value * 1000);
		}

		SalaryOutliers.Result result = this.outliers.flag();

		assertThat(result.cleared()).isEqualTo(1);
		Map<String, Object> record = this.jdbc.queryForMap("select status, flag_reason from salary_record where id = ?", high);
		assertThat(record).containsEntry("status", "APPROVED").containsEntry("flag_reason", null);
	}

}
