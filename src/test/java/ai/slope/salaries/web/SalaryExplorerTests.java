package ai.slope.salaries.web;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.SalaryPeriod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer, its API and a posting’s position among the salary records, for anyone.
 */
@WebIntegrationTest
class SalaryExplorerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	PostingFixture postings;

	WebSession visitor;

	@BeforeEach
	void someRecords() {
		this.salaries.clear();
		// research scientists in Switzerland: sixty seniors in 2024 (100,000 to 159,000, a thousand apart), four at
		// mid level in 2023
		for (int i = 0; i < 60; i++) {
			this.salaries.record("research-scientist", "SE", "CH", 2024, 100_000 + 1_000 * i);
		}
		for (int i = 1; i <= 4; i++) {
			this.salaries.record("research-scientist", "MI", "CH", 2023, 90_000 + i);
		}
		this.visitor = new WebSession(this.mvc);
	}

	@Test
	void theExplorerShowsTheCountPercentilesAndTheChartByLevel() throws Exception {
		Document page = this.visitor.page("/salaries?roleType=research-scientist&level=SE&country=CH");

		assertThat(page.select("#record-count").text()).isEqualTo("60 reports");
		// 129,500 and 153,100 to the nearest 5,000
		assertThat(page.select("#percentiles tr[data-percentile=50] td").text()).isEqualTo("$130,000");
		assertThat(page.select("#percentiles tr[data-percentile=90] td").text()).isEqualTo("$155,000");
		assertThat(page.select("#level-chart .level-row[data-level=SE]").attr("data-shown")).isEqualTo("true");
		assertThat(page.select("#level-chart .level-row[data-level=SE] rect")).hasSize(1);
		// four mid-level reports are too few to draw
		assertThat(page.select("#level-chart .level-row[data-level=MI]").attr("data-shown")).isEqualTo("false");
		assertThat(page.select("#level-chart .level-row[data-level=MI] title").text()).isEqualTo("Too few reports to show");
		assertThat(page.select("#year-chart .year-point")).extracting(e -> e.attr("data-year")).containsExactly("2024");
		assertThat(page.select("#year-chart .year-point title").text())
			.isEqualTo("2024: 25th percentile $115,000, median $130,000, 75th percentile $145,000 (60 reports)");
		assertThat(page.select("#as-json").attr("href"))
			.isEqualTo("/api/v1/salaries/stats?roleType=research-scientist&level=SE&country=CH");
	}

	@Test
	void aPhoneGetsTheChartsDrawnAtItsOwnWidthSoTheirTextKeepsItsSize() throws Exception {
		Document page = this.visitor.page("/salaries?roleType=research-scientist&country=CH");

		// the wide charts from the md breakpoint, the phone's below it, each drawn at about the width it is shown
		assertThat(page.select("#level-chart").hasClass("d-md-block")).isTrue();
		assertThat(page.select("#level-chart svg").attr("viewBox")).startsWith("0 0 720 ");
		assertThat(page.select("#level-chart-phone").hasClass("d-md-none")).isTrue();
		assertThat(page.select("#level-chart-phone svg").attr("viewBox")).startsWith("0 0 340 ");
		assertThat(page.select("#level-chart-phone .level-row")).extracting(e -> e.attr("data-level"))
			.containsExactly("EN", "MI", "SE", "EX");
		assertThat(page.select("#level-chart-phone .level-row[data-level=SE] rect")).hasSize(1);
		// three amounts on the phone's axis, so they do not run into each other
		assertThat(page.select("#level-chart-phone .chart-grid text")).extracting(e -> e.text())
			.containsExactly("$0", "$100K", "$200K");
		assertThat(page.select("#year-chart-phone svg").attr("viewBox")).startsWith("0 0 340 ");
		assertThat(page.select("#year-chart-phone .year-point")).extracting(e -> e.attr("data-year"))
			.containsExactly("2023", "2024");
	}

	@Test
	void aGroupOfFewerThanTenReportsIsNotShownAndThePageSaysWhy() throws Exception {
		Document page = this.visitor.page("/salaries?roleType=research-scientist&level=MI&country=CH");

		assertThat(page.select("#record-count").text()).isEqualTo("4 reports");
		assertThat(page.select("#percentiles")).isEmpty();
		assertThat(page.select("#too-few").text()).startsWith("Fewer than 10 reports match these choices");
		Document chinese = this.visitor.in(Locale.SIMPLIFIED_CHINESE)
			.page("/salaries?roleType=research-scientist&level=MI&country=CH&lang=zh-CN");
		assertThat(chinese.select("#too-few").text()).startsWith("符合这些条件的报告少于 10 份");
	}

	@Test
	void theChartReadsInChinese() throws Exception {
		Document page = this.visitor.in(Locale.SIMPLIFIED_CHINESE)
			.page("/salaries?roleType=research-scientist&country=CH&lang=zh-CN");

		assertThat(page.select("#level-chart figcaption").text()).isEqualTo("各经验级别的百分位数");
		assertThat(page.select("#level-chart .level-row[data-level=SE] text").first().text()).isEqualTo("高级");
		assertThat(page.select("#level-chart .level-row[data-level=SE] title").text())
			.isEqualTo("高级：第 10 百分位 105,000 美元，中位数 130,000 美元，第 90 百分位 155,000 美元");
	}

	@Test
	void theCardNamesEveryFilterItUsed() throws Exception {
		Document page = this.visitor.page("/salaries?roleType=research-scientist&level=SE&country=CH&from=2023&to=2024&remote=0");

		assertThat(page.select("#salary-summary h2").text()).isEqualTo("Research scientist");
		assertThat(page.select("#card-filters").text())
			.isEqualTo("Senior · Switzerland · 2023\u20132024 · On site (under 20% remote)");
		assertThat(this.visitor.page("/salaries?from=2024").select("#card-years").text()).isEqualTo("from 2024");
		assertThat(this.visitor.page("/salaries?to=2024").select("#card-years").text()).isEqualTo("up to 2024");
		assertThat(this.visitor.page("/salaries").select("#card-filters").text()).isEqualTo("All levels · All countries");

		Document chinese = this.visitor.in(Locale.SIMPLIFIED_CHINESE)
			.page("/salaries?roleType=research-scientist&country=CH&from=2024&to=2024&remote=100&lang=zh-CN");
		assertThat(chinese.select("#card-years").text()).isEqualTo("2024 年");
		assertThat(chinese.select("#card-remote").text()).isEqualTo("远程（超过 80%）");
	}

	@Test
	void anInvalidFormShowsItsErrorsAndNoFigures() throws Exception {
		MockHttpServletResponse range = this.visitor.get("/salaries?roleType=research-scientist&from=2025&to=2020");
		Document page = org.jsoup.Jsoup.parse(range.getContentAsString());

		assertThat(range.getStatus()).isEqualTo(400);
		assertThat(page.select("#explorer-errors li").eachText())
			.containsExactly("The first year (2025) is after the last (2020).");
		assertThat(page.select("#explorer-figures, #salary-summary, #record-count, #level-chart, #year-chart, #as-json"))
			.isEmpty();

		Document chinese = org.jsoup.Jsoup.parse(this.visitor.in(Locale.SIMPLIFIED_CHINESE)
			.get("/salaries?from=2025&to=2020&lang=zh-CN")
			.getContentAsString());
		assertThat(chinese.select("#explorer-errors li").text()).isEqualTo("起始年份（2025）晚于截止年份（2020）。");
		assertThat(chinese.select("#salary-summary")).isEmpty();

		MockHttpServletResponse api = new WebSession(this.mvc)
			.get("/api/v1/salaries/stats?roleType=research-scientist&from=2025&to=2020");
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("is after the last").doesNotContain("percentiles")
			.doesNotContain("\"figures\"");
	}

	@Test
	void badChoicesAreAllNamed() throws Exception {
		MockHttpServletResponse response = this.visitor.get("/salaries?roleType=astronaut&level=ZZ&from=2025&to=2020&remote=30");
		Document page = org.jsoup.Jsoup.parse(response.getContentAsString());

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(page.select("#explorer-errors li").eachText()).containsExactly("There is no role type “astronaut”.",
				"Choose an experience level from the list (“ZZ” is not one).", "The first year (2025) is after the last (2020).",
				"Choose on site, hybrid or remote from the list (“30” is not one).");
	}

	@Test
	void theApiGivesTheSameFiguresAndHidesSmallGroups() throws Exception {
		MockHttpServletResponse response = this.visitor.get("/api/v1/salaries/stats?roleType=research-scientist&country=CH");
		JsonNode json = JsonMapper.builder().build().readTree(response.getContentAsString());

		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(json.get("figures").get("count").asLong()).isEqualTo(64);
		assertThat(json.get("step").asInt()).isEqualTo(5_000);
		// the 32nd and 33rd of 64: 127,500 to the nearest 5,000
		assertThat(json.get("figures").get("percentiles").get("p50").asLong()).isEqualTo(130_000);
		JsonNode mid = json.get("byLevel").get(1);
		assertThat(mid.get("level").asString()).isEqualTo("MI");
		assertThat(mid.get("figures").get("count").asLong()).isEqualTo(4);
		assertThat(mid.get("figures").get("percentiles").isNull()).isTrue();
		assertThat(mid.get("figures").get("hidden").asString()).startsWith("a percentile is given only from 10");

		MockHttpServletResponse bad = this.visitor.get("/api/v1/salaries/stats?level=XX");
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentType()).startsWith("application/problem+json");
		assertThat(bad.getContentAsString()).contains("Choose an experience level from the list");
	}

	@Test
	void aPercentileThatIsNotPublishedIsSaidSoAndLeftOutOfTheCharts() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.salaries.record("research-scientist", "EN", "CH", 2024, 80_000 + 500 * i);
		}

		Document page = this.visitor.page("/salaries?roleType=research-scientist&level=EN&country=CH");
		MockHttpServletResponse api = this.visitor.get("/api/v1/salaries/stats?roleType=research-scientist&level=EN&country=CH");
		JsonNode json = JsonMapper.builder().build().readTree(api.getContentAsString());

		// twelve reports: the median (82,750 to the nearest 5,000), not the quartiles nor the outer percentiles
		assertThat(page.select("#percentiles tr").eachText()).containsExactly("10th percentile not shown",
				"25th percentile not shown", "50th percentile $85,000", "75th percentile not shown", "90th percentile not shown");
		assertThat(page.select("#some-hidden").text()).startsWith("Some percentiles are not shown");
		assertThat(page.select("#level-chart .level-row[data-level=EN]").attr("data-shown")).isEqualTo("true");
		assertThat(page.select("#level-chart .level-row[data-level=EN] rect")).isEmpty();
		assertThat(page.select("#level-chart .level-row[data-level=EN] title").text()).isEqualTo("Entry level: median $85,000");
		assertThat(json.get("figures").get("percentiles").get("p50").asLong()).isEqualTo(85_000);
		assertThat(json.get("figures").get("percentiles").get("p25").isNull()).isTrue();
		assertThat(json.get("figures").get("hidden").asString()).contains("one record more or less");
	}

	@Test
	void aPostingSaysWhereItsPayRangeSitsWhenItsGroupIsLargeEnough() throws Exception {
		JobPosting senior = this.postings.posting(this.postings.company("Alpine Models"), "research-scientist",
				"Senior Research Scientist, Alignment")
			.seniority(Seniority.SENIOR)
			.location(ai.slope.jobs.RemotePolicy.ONSITE, "Zurich", "CH")
			.salary(120_000, 150_000, "USD", SalaryPeriod.YEAR)
			.save();
		JobPosting mid = this.postings.posting(this.postings.company("Alpine Models"), "research-scientist",
				"Research Scientist")
			.seniority(Seniority.MID)
			.location(ai.slope.jobs.RemotePolicy.ONSITE, "Zurich", "CH")
			.salary(150_000, 450_000, "USD", SalaryPeriod.YEAR)
			.save();

		Document page = this.visitor.page("/jobs/" + senior.getId() + "-" + senior.getSlug());
		assertThat(page.select("#salary-position span").text())
			.isEqualTo("This range runs from p33 to p83 of 60 salary reports for Research scientist (senior) in Switzerland.");
		assertThat(page.select("#salary-position a").attr("href"))
			.isEqualTo("/salaries?roleType=research-scientist&level=SE&country=CH");
		// four mid-level reports: no position
		assertThat(this.visitor.page("/jobs/" + mid.getId() + "-" + mid.getSlug()).select("#salary-position")).isEmpty();
	}

}
