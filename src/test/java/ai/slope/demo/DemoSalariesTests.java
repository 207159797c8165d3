package ai.slope.demo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.accounts.AccountsIntegrationTest;
import ai.slope.salaries.ImportReport;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.SalaryImports;
import ai.slope.salaries.SalaryQuery;
import ai.slope.salaries.SalaryStats;
import ai.slope.salaries.TitleRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo run imports the salary index after adding the default title rules, so the explorer has figures from
 * the first start; it does so once. (With the committed slice, for speed; the run command imports the whole file.)
 */
@AccountsIntegrationTest
class DemoSalariesTests {

	@Autowired
	SalaryImports imports;

	@Autowired
	TitleRules rules;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	SalaryStats stats;

	@BeforeEach
	void startClean() {
		this.salaries.clear();
	}

	@Test
	void theDemoImportsTheIndexWithTheDefaultRulesOnce() {
		DemoSalaries demo = new DemoSalaries(this.imports, this.rules, SalaryFixture.SLICE);

		ImportReport report = demo.loadIfEmpty();

		assertThat(report.imported()).isEqualTo(3000);
		assertThat(this.rules.list()).hasSize(this.rules.defaults().size());
		// 3,000 rows less 2,041 unmapped and 301 out of scope; outliers are flagged, not counted
		assertThat(this.salaries.count("role_type is not null")).isEqualTo(658);
		assertThat(this.stats.figures(SalaryQuery.ALL).count())
			.isEqualTo(658 - this.salaries.count("status = 'FLAGGED'"));
		assertThat(demo.loadIfEmpty()).isNull();
		assertThat(this.imports.count()).isEqualTo(1);
	}

}
