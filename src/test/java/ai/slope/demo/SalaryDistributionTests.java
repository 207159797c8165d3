package ai.slope.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import ai.slope.demo.SalaryDistribution.Level;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryDistributionTests {

	private static final String HEADER = "work_year,experience_level,employment_type,job_title,salary,salary_currency,"
			+ "salary_in_usd,employee_residence,remote_ratio,company_location,company_size\n";

	@Test
	void mapsJobTitlesToRoleTypesByKeyword() {
		assertThat(SalaryDistribution.roleTypeOf("Research Scientist")).contains("research-scientist");
		assertThat(SalaryDistribution.roleTypeOf("Machine Learning Researcher")).contains("research-scientist");
		assertThat(SalaryDistribution.roleTypeOf("Applied Research Scientist")).contains("applied-scientist");
		assertThat(SalaryDistribution.roleTypeOf("AI Research Engineer")).contains("research-engineer");
		assertThat(SalaryDistribution.roleTypeOf("Machine Learning Engineer")).contains("ml-engineer");
		assertThat(SalaryDistribution.roleTypeOf("AI Engineer")).contains("ml-engineer");
		assertThat(SalaryDistribution.roleTypeOf("Machine Learning Infrastructure Engineer"))
			.contains("infrastructure-engineer");
		assertThat(SalaryDistribution.roleTypeOf("Data Platform Engineer")).contains("data-engineer");
		assertThat(SalaryDistribution.roleTypeOf("Platform Engineer")).contains("mlops-engineer");
		assertThat(SalaryDistribution.roleTypeOf("MLOps Engineer")).contains("mlops-engineer");
		assertThat(SalaryDistribution.roleTypeOf("AI Product Manager")).contains("product-manager");
	}

	@Test
	void leavesOutTitlesThatAreNotAiRoles() {
		assertThat(SalaryDistribution.roleTypeOf("Data Analyst")).isEmpty();
		assertThat(SalaryDistribution.roleTypeOf("Data Scientist")).isEmpty();
		assertThat(SalaryDistribution.roleTypeOf("AI Engineering Manager")).isEmpty();
	}

	@Test
	void computesPercentilesPerRoleTypeAndLevel() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int usd = 100_000; usd <= 200_000; usd += 5_000) {
			csv.append(row("Research Scientist", "SE", usd));
		}
		SalaryDistribution salaries = read(csv);

		assertThat(salaries.sample("research-scientist", Level.SE).size()).isEqualTo(21);
		assertThat(salaries.percentile("research-scientist", Level.SE, 25)).isEqualTo(125_000);
		assertThat(salaries.percentile("research-scientist", Level.SE, 50)).isEqualTo(150_000);
		assertThat(salaries.percentile("research-scientist", Level.SE, 90)).isEqualTo(190_000);
	}

	@Test
	void fallsBackToTheLevelAcrossRoleTypesWhenARoleTypeHasFewSalaries() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int usd = 100_000; usd <= 200_000; usd += 5_000) {
			csv.append(row("Research Scientist", "SE", usd));
		}
		csv.append(row("Research Engineer", "SE", 900_000)).append(row("Research Engineer", "SE", 950_000));
		SalaryDistribution salaries = read(csv);

		assertThat(salaries.sample("research-engineer", Level.SE).size()).isEqualTo(23);
		assertThat(salaries.sample("hardware-engineer", Level.SE).size()).isEqualTo(23);
		assertThat(salaries.sample("hardware-engineer", Level.EX).size()).isEqualTo(23);
	}

	@Test
	void ignoresOldPartTimeAndUnmappedSalaries() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int usd = 100_000; usd <= 200_000; usd += 5_000) {
			csv.append(row("Research Scientist", "SE", usd));
		}
		csv.append("2022,SE,FT,Research Scientist,1000000,USD,1000000,US,0,US,L\n");
		csv.append("2024,SE,CT,Research Scientist,1000000,USD,1000000,US,0,US,L\n");
		csv.append(row("Data Analyst", "SE", 1_000_000));
		SalaryDistribution salaries = read(csv);

		assertThat(salaries.sample("research-scientist", Level.SE).size()).isEqualTo(21);
		assertThat(salaries.percentile("research-scientist", Level.SE, 100)).isEqualTo(200_000);
	}

	@Test
	void readsThePublishedSalaryIndex() throws IOException {
		try (Reader csv = DemoFiles.reader("data/aijobs-salaries-2025-01-19.csv")) {
			SalaryDistribution salaries = SalaryDistribution.read(csv);
			assertThat(salaries.sample("research-scientist", Level.SE).size()).isGreaterThan(1_000);
			assertThat(salaries.percentile("research-scientist", Level.SE, 50)).isBetween(120_000, 250_000);
			assertThat(salaries.percentile("data-engineer", Level.EN, 50))
				.isLessThan(salaries.percentile("data-engineer", Level.SE, 50));
		}
	}

	private static String row(String title, String level, int usd) {
		return "2024," + level + ",FT," + title + "," + usd + ",USD," + usd + ",US,0,US,M\n";
	}

	private static SalaryDistribution read(CharSequence csv) {
		return SalaryDistribution.read(new StringReader(csv.toString()));
	}

}
