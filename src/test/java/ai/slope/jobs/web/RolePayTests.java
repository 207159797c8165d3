package ai.slope.jobs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.roles.RoleTaxonomyEditor;
import ai.slope.roles.RoleTypeText;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.salaries.SalaryQuery;
import ai.slope.salaries.SalaryStats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role page says what the role pays: the salary reports' percentiles where the salaries module publishes
 * them, otherwise the posted ranges of its live postings (labelled as such), otherwise that Slope does not know;
 * always with a link to the explorer for the role. Each test has a role type of its own, so no other test's data
 * is counted.
 */
@WebIntegrationTest
class RolePayTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoleTaxonomyEditor taxonomy;

	@Autowired
	PostingFixture postings;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	SalaryStats stats;

	@Test
	void aRoleWithEnoughReportsShowsTheirPublishedPercentilesAndNoPostedRanges() throws Exception {
		String slug = newRoleType();
		// 60 reports 100 dollars apart: every percentile is published
		for (int i = 0; i < 60; i++) {
			this.salaries.record(slug, "SE", "DE", 2024, 180_000 + 100 * i);
		}
		Company company = this.postings.company("Reported Pay Labs");
		this.postings.posting(company, slug, "Reported role").salary(50_000, 60_000, "USD", SalaryPeriod.YEAR).save();
		SalaryStats.Figures figures = this.stats.figures(new SalaryQuery(slug, null, null, null, null, null));
		assertThat(figures.isComplete()).isTrue();

		Document page = page("/roles/" + slug, Locale.ENGLISH);

		assertThat(page.select("#role-pay h2").text()).isEqualTo("What it pays");
		assertThat(page.select("#role-pay-source").text()).startsWith("From 60 salary reports for this role");
		assertThat(page.select("#role-pay-reports tr").eachAttr("data-percentile"))
			.containsExactly("10", "25", "50", "75", "90");
		assertThat(page.select("#role-pay-reports tr[data-percentile=50] td").text())
			.isEqualTo("$" + String.format(Locale.ENGLISH, "%,d", figures.p50()));
		assertThat(page.select("#role-pay-reports tr[data-percentile=50] th").text()).isEqualTo("50th percentile");
		assertThat(page.select("#role-pay-posted, #role-pay-none")).isEmpty();
		assertThat(page.select("#role-pay-explore").attr("href")).isEqualTo("/salaries?roleType=" + slug);

		Document chinese = page("/roles/" + slug, Locale.SIMPLIFIED_CHINESE);
		assertThat(chinese.select("#role-pay h2").text()).isEqualTo("薪资水平");
		assertThat(chinese.select("#role-pay-source").text()).startsWith("根据 60 份薪资报告");
		assertThat(chinese.select("#role-pay-reports tr[data-percentile=50] td").text())
			.isEqualTo(String.format(Locale.ENGLISH, "%,d", figures.p50()) + " 美元");
	}

	@Test
	void withTooFewReportsThePageShowsThePostedRangesOfLivePostingsLabelledAsSuch() throws Exception {
		String slug = newRoleType();
		// three reports: the salaries module publishes nothing of them, so neither does the role page
		for (int i = 0; i < 3; i++) {
			this.salaries.record(slug, "SE", "DE", 2024, 150_000 + 1000 * i);
		}
		Company company = this.postings.company("Posted Pay Labs");
		List<JobPosting> live = new ArrayList<>();
		live.add(this.postings.posting(company, slug, "A").salary(100_000, 140_000, "USD", SalaryPeriod.YEAR).save());
		live.add(this.postings.posting(company, slug, "B").salary(140_000, 160_000, "USD", SalaryPeriod.YEAR).save());
		live.add(this.postings.posting(company, slug, "C").salary(150_000, 250_000, "USD", SalaryPeriod.YEAR).save());
		// part-time hourly pay counts at the hours AnnualPay gives it, not as a full-time salary
		live.add(this.postings.posting(company, slug, "D")
			.employmentType(EmploymentType.PART_TIME)
			.salary(100, 120, "USD", SalaryPeriod.HOUR)
			.save());
		live.add(this.postings.posting(company, slug, "E").salary(12_000, 14_000, "USD", SalaryPeriod.MONTH).save());
		// not live: neither counts
		this.postings.posting(company, slug, "Expired").salary(900_000, 990_000, "USD", SalaryPeriod.YEAR).expired().save();
		this.postings.posting(company, slug, "Draft").salary(900_000, 990_000, "USD", SalaryPeriod.YEAR).draft().save();

		List<Double> midpoints = live.stream()
			.map(posting -> (posting.getSalaryMinUsd() + (double) posting.getSalaryMaxUsd()) / 2)
			.sorted()
			.toList();
		assertThat(midpoints.get(0)).as("the part-time hourly posting at 20 hours a week").isLessThan(120_000);

		Document page = page("/roles/" + slug, Locale.ENGLISH);

		assertThat(page.select("#role-pay-reports")).isEmpty();
		assertThat(page.select("#role-pay-reports-hidden").text()).startsWith("3 salary reports for this role are too few");
		assertThat(page.select("#role-pay-source").text())
			.startsWith("Not salary reports: what its 5 open postings offer, as the middle of each posted pay range");
		assertThat(page.select("#role-pay-posted tr").eachAttr("data-percentile")).containsExactly("25", "50", "75");
		assertThat(page.select("#role-pay-posted tr[data-percentile=25] td").text()).isEqualTo(usd(quantile(midpoints, 0.25)));
		assertThat(page.select("#role-pay-posted tr[data-percentile=50] th").text()).isEqualTo("Median");
		assertThat(page.select("#role-pay-posted tr[data-percentile=50] td").text()).isEqualTo(usd(quantile(midpoints, 0.5)));
		assertThat(page.select("#role-pay-posted tr[data-percentile=75] td").text()).isEqualTo(usd(quantile(midpoints, 0.75)));
		assertThat(page.select("#role-pay-explore").attr("href")).isEqualTo("/salaries?roleType=" + slug);

		Document chinese = page("/roles/" + slug, Locale.SIMPLIFIED_CHINESE);
		assertThat(chinese.select("#role-pay-source").text()).startsWith("并非薪资报告").contains("5 个在招职位");
		assertThat(chinese.select("#role-pay-posted tr[data-percentile=50] th").text()).isEqualTo("中位数");
	}

	@Test
	void aRoleWithOnePostingShowsItsMidpoint() throws Exception {
		String slug = newRoleType();
		this.postings.posting(this.postings.company("Single Pay Labs"), slug, "Only")
			.salary(100_000, 120_000, "USD", SalaryPeriod.YEAR)
			.save();

		Document page = page("/roles/" + slug, Locale.ENGLISH);

		assertThat(page.select("#role-pay-reports-hidden")).isEmpty();
		assertThat(page.select("#role-pay-source").text()).startsWith("Not salary reports: what its 1 open posting offers");
		assertThat(page.select("#role-pay-posted tr").eachAttr("data-percentile")).containsExactly("50");
		assertThat(page.select("#role-pay-posted tr th").text()).isEqualTo("Midpoint of the range");
		assertThat(page.select("#role-pay-posted tr td").text()).isEqualTo("$110,000");
	}

	@Test
	void aRoleWithNeitherReportsNorPostingsSaysSoInBothLanguages() throws Exception {
		String slug = newRoleType();

		Document page = page("/roles/" + slug, Locale.ENGLISH);

		assertThat(page.select("#role-pay-reports, #role-pay-posted, #role-pay-reports-hidden")).isEmpty();
		assertThat(page.select("#role-pay-none").text()).isEqualTo(
				"Slope has no salary reports and no open postings with pay for this role yet, so it cannot say what the role pays.");
		assertThat(page.select("#role-pay-explore").attr("href")).isEqualTo("/salaries?roleType=" + slug);
		assertThat(page("/roles/" + slug, Locale.SIMPLIFIED_CHINESE).select("#role-pay-none").text())
			.startsWith("Slope 暂无该岗位的薪资报告");
	}

	private String newRoleType() {
		String slug = "pay-" + UUID.randomUUID().toString().substring(0, 8);
		this.taxonomy.create(new RoleTaxonomyEditor.NewRoleType("research", slug, new RoleTypeText("Pay tester " + slug,
				"薪资测试 " + slug, "Tests what a role pays.", "测试岗位薪资。", "A role for tests.", "测试用岗位。")));
		return slug;
	}

	private Document page(String url, Locale locale) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).locale(locale))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** A linear interpolation between the sorted values, as PostgreSQL's percentile_cont. */
	private static double quantile(List<Double> sorted, double p) {
		double position = p * (sorted.size() - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
	}

	private static String usd(double amount) {
		return "$" + String.format(Locale.ENGLISH, "%,d", Math.round(amount / 1000) * 1000);
	}

}
