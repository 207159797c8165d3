package ai.slope.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.WebIntegrationTest;
import ai.slope.salaries.ImportReport;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.ImportReports;
import ai.slope.salaries.SalaryImports;
import ai.slope.salaries.SalaryQuery;
import ai.slope.salaries.SalaryStats;
import ai.slope.salaries.TitleRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo run imports the salary index after adding the default title rules, so the explorer has figures from
 * the first start; it does so once. (With the committed slice, for speed; the run command imports the whole file.)
 */
@WebIntegrationTest
class DemoSalariesTests {

	@Autowired
	SalaryImports salaryImports;

	@Autowired
	ImportReports imports;

	@Autowired
	TitleRules rules;

	@Autowired
	LockProvider locks;

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
		DemoSalaries demo = new DemoSalaries(this.salaryImports, this.imports, this.rules, SalaryFixture.SLICE, this.locks);

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

	@Test
	void twoInstancesStartedTogetherImportTheDemoSalariesOnce() throws Exception {
		List<DemoSalaries> instances = List.of(new DemoSalaries(this.salaryImports, this.imports, this.rules, SalaryFixture.SLICE, this.locks),
				new DemoSalaries(this.salaryImports, this.imports, this.rules, SalaryFixture.SLICE, this.locks));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ImportReport>> reports = new ArrayList<>();
			for (DemoSalaries instance : instances) {
				Callable<ImportReport> load = () -> {
					start.await();
					return instance.loadIfEmpty();
				};
				reports.add(pool.submit(load));
			}
			start.countDown();
			List<ImportReport> done = new ArrayList<>();
			for (Future<ImportReport> report : reports) {
				done.add(report.get(5, TimeUnit.MINUTES));
			}

			assertThat(done.stream().filter(Objects::nonNull).count()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.imports.count()).isEqualTo(1);
	}

}
