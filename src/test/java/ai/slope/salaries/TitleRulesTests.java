package ai.slope.salaries;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.accounts.AccountsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Title rules map the stored records at once; the most specific rule wins; titles can be out of scope; the
 * unmapped titles come largest first.
 */
@AccountsIntegrationTest
class TitleRulesTests {

	@Autowired
	SalaryFixture salaries;

	@Autowired
	TitleRules rules;

	@BeforeEach
	void importTheSlice() {
		this.salaries.clear();
		this.salaries.importSlice();
	}

	@Test
	void theUnmappedTitlesComeWithTheMostRecordsFirst() {
		TitleRules.UnmappedTitles unmapped = this.rules.unmapped(0, 3);

		assertThat(unmapped.records()).isEqualTo(3000);
		assertThat(unmapped.page()).extracting(TitleRules.TitleCount::title)
			.containsExactly("Data Scientist", "Software Engineer", "Data Analyst");
		assertThat(unmapped.page().get(0).records()).isEqualTo(441);
	}

	@Test
	void anExactRuleMapsEveryRecordOfTheTitleAtOnce() {
		TitleRules.Added added = this.rules.add(null, "EXACT", "  data   SCIENTIST ", "applied-scientist");

		assertThat(added.recordsChanged()).isEqualTo(441);
		assertThat(added.rule().title()).isEqualTo("data SCIENTIST");
		assertThat(this.salaries.count("role_type = 'applied-scientist'")).isEqualTo(441);
		assertThat(this.rules.unmapped(0, 1).page().get(0).title()).isNotEqualTo("Data Scientist");
	}

	@Test
	void theDefaultRulesMapTheCommonAiTitlesAndLeaveTheAmbiguousOnesToAPerson() {
		int added = this.salaries.addDefaultRules();

		// counted independently (Python, the same rules): 2,041 records of 91 titles stay unmapped, 301 are out of
		// scope, 246 are data engineers
		assertThat(added).isEqualTo(this.rules.defaults().size());
		TitleRules.UnmappedTitles unmapped = this.rules.unmapped(0, 1);
		assertThat(unmapped.records()).isEqualTo(2041);
		assertThat(unmapped.titles()).isEqualTo(91);
		assertThat(this.salaries.count("out_of_scope")).isEqualTo(301);
		assertThat(this.salaries.count("role_type = 'data-engineer'")).isEqualTo(246);
		assertThat(this.salaries.count("role_type = 'ml-engineer'")).isEqualTo(196);
		assertThat(this.salaries.count("role_type = 'research-scientist'")).isEqualTo(64);
		assertThat(this.salaries.addDefaultRules()).as("added again").isZero();
	}

	@Test
	void theMostSpecificRuleWinsAndRemovingItMapsTheRecordsAgain() {
		this.salaries.importText("big-data.csv",
				SalaryImportTests.HEADER + "2024,SE,FT,Big Data Engineer,150000,USD,150000,US,0,US,M\n");
		this.rules.add(null, "PATTERN", "*engineer*", "ml-engineer");
		TitleRules.Added data = this.rules.add(null, "PATTERN", "*data engineer*", "data-engineer");
		TitleRules.Added exact = this.rules.add(null, "EXACT", "Data Engineer", "infrastructure-engineer");

		assertThat(this.salaries.count("job_title = 'Data Engineer' and role_type = 'infrastructure-engineer'"))
			.isEqualTo(this.salaries.count("job_title = 'Data Engineer'"));
		String otherDataEngineers = "job_title <> 'Data Engineer' and lower(job_title) like '%data engineer%'";
		assertThat(this.salaries.count(otherDataEngineers)).isPositive()
			.isEqualTo(this.salaries.count(otherDataEngineers + " and role_type = 'data-engineer'"));
		assertThat(this.salaries.count("job_title = 'Software Engineer' and role_type = 'ml-engineer'"))
			.isEqualTo(300);

		this.rules.delete(exact.rule().id());
		assertThat(this.salaries.count("job_title = 'Data Engineer' and role_type = 'data-engineer'"))
			.isEqualTo(this.salaries.count("job_title = 'Data Engineer'"));
		this.rules.delete(data.rule().id());
		assertThat(this.salaries.count("job_title = 'Data Engineer' and role_type = 'ml-engineer'"))
			.isEqualTo(this.salaries.count("job_title = 'Data Engineer'"));
	}

	@Test
	void aTitleOutOfScopeIsNeitherUnmappedNorCounted() {
		this.rules.add(null, "EXACT", "Data Analyst", TitleRules.OUT_OF_SCOPE);

		assertThat(this.salaries.count("job_title = 'Data Analyst' and out_of_scope and role_type is null"))
			.isEqualTo(this.salaries.count("job_title = 'Data Analyst'"))
			.isPositive();
		assertThat(this.rules.unmapped(0, 200).page()).extracting(TitleRules.TitleCount::title)
			.doesNotContain("Data Analyst");
	}

	@Test
	void rulesThatMakeNoSenseAreRefusedWithTheReason() {
		assertProblem(() -> this.rules.add(null, "PATTERN", "*a*", "ml-engineer"), "salaries.rules.error.pattern");
		assertProblem(() -> this.rules.add(null, "EXACT", "  ", "ml-engineer"), "salaries.rules.error.title");
		assertProblem(() -> this.rules.add(null, "EXACT", "Engineer", "astronaut"), "salaries.rules.error.target");
		assertProblem(() -> this.rules.add(null, "REGEX", "Engineer", "ml-engineer"), "salaries.rules.error.kind");
		this.rules.add(null, "EXACT", "Engineer", "ml-engineer");
		assertProblem(() -> this.rules.add(null, "EXACT", "ENGINEER", "data-engineer"), "salaries.rules.error.exists");
		assertThat(this.rules.list()).hasSize(1);
	}

	private static void assertProblem(Runnable action, String code) {
		assertThatExceptionOfType(InvalidSalaryInputException.class).isThrownBy(action::run)
			.satisfies(ex -> assertThat(ex.getProblems()).extracting(p -> p.code()).containsExactly(code));
	}

	static List<String> titles(TitleRules.UnmappedTitles unmapped) {
		return unmapped.page().stream().map(TitleRules.TitleCount::title).toList();
	}

}
