package ai.slope.salaries.web;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobPostingRepository;
import ai.slope.jobs.PostingFixture;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.system.EventListeners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins keep the exchange rates per currency and year: a change converts the salary records of that currency
 * again, and the postings in it, which the job search converts with the latest rate.
 */
@WebIntegrationTest
class ExchangeRateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	PostingFixture postings;

	@Autowired
	JobPostingRepository repository;

	@Autowired
	ExchangeRates rates;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventListeners listeners;

	WebSession admin;

	Map<String, Object> saved;

	@BeforeEach
	void logInAsAdmin() throws Exception {
		this.salaries.clear();
		this.saved = this.jdbc.queryForMap("select usd_per_unit, version from exchange_rate where currency = 'CHF' and year = 2025");
		this.admin = WebSession.loggedInAsAdmin(this.mvc);
	}

	@AfterEach
	void restoreTheRates() {
		this.jdbc.update("update exchange_rate set usd_per_unit = ? where currency = 'CHF' and year = 2025",
				this.saved.get("usd_per_unit"));
		this.jdbc.update("delete from exchange_rate where currency = 'CHF' and year = 2026");
		this.rates.reload();
	}

	private String version(String currency, int year) {
		return this.jdbc.queryForObject("select version from exchange_rate where currency = ? and year = ?", String.class,
				currency, year);
	}

	@Test
	void changingARateConvertsTheRecordsAndThePostingsInThatCurrencyAgain() throws Exception {
		String csv = "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,"
				+ "employee_residence,remote_ratio,company_location,company_size\n"
				+ "2025,SE,FT,ML Engineer,100000,CHF,1,CH,0,CH,M\n" + "2023,SE,FT,ML Engineer,100000,CHF,1,CH,0,CH,M\n";
		this.salaries.importText("chf.csv", csv);
		JobPosting posting = this.postings.posting(this.postings.company("Franc Labs"), "ml-engineer", "ML Engineer")
			.salary(100_000, 120_000, "CHF", SalaryPeriod.YEAR)
			.save();
		assertThat(posting.getSalaryMinUsd()).isEqualTo(113_636);

		this.admin.page("/admin/salaries/rates");
		MockHttpServletResponse response = this.admin.post("/admin/salaries/rates", "currency", "CHF", "year", "2025",
				"usdPerUnit", "1.25", "version", version("CHF", 2025));

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/salaries/rates");
		this.listeners.awaitDone();
		assertThat(this.jdbc.queryForObject("select amount_usd from salary_record where currency = 'CHF' and year = 2025",
				Integer.class)).isEqualTo(125_000);
		// 2023's record keeps 2023's rate
		assertThat(this.jdbc.queryForObject("select amount_usd from salary_record where currency = 'CHF' and year = 2023",
				Integer.class)).isEqualTo(109_499);
		JobPosting converted = this.repository.findById(posting.getId()).orElseThrow();
		assertThat(converted.getSalaryMinUsd()).isEqualTo(125_000);
		assertThat(converted.getSalaryMaxUsd()).isEqualTo(150_000);
		org.jsoup.nodes.Element newest = this.admin.page("/admin/audit?action=salary.rate").selectFirst("tr.audit-entry");
		assertThat(newest.select(".audit-target").text()).endsWith("CHF 2025");
		assertThat(newest.select(".audit-detail").text()).endsWith("→ 1.25 USD");

		// a rate for a newer year becomes the one postings convert with
		this.admin.post("/admin/salaries/rates", "currency", "chf", "year", "2026", "usdPerUnit", "1.5");
		this.listeners.awaitDone();
		assertThat(this.repository.findById(posting.getId()).orElseThrow().getSalaryMinUsd()).isEqualTo(150_000);
	}

	@Test
	void aStaleOrNonsensicalRateIsRefusedAndNothingChanges() throws Exception {
		this.admin.page("/admin/salaries/rates");
		MockHttpServletResponse stale = this.admin.post("/admin/salaries/rates", "currency", "CHF", "year", "2025",
				"usdPerUnit", "2", "version", "9999");
		assertThat(Jsoup.parse(stale.getContentAsString()).select("#problem").text())
			.startsWith("Someone changed this rate in the meantime.");
		MockHttpServletResponse unreadable = this.admin.post("/admin/salaries/rates", "currency", "CHF", "year",
				"2025", "usdPerUnit", "2", "version", "v1");
		assertThat(Jsoup.parse(unreadable.getContentAsString()).select("#version-error").text())
			.as("a version that is no number matches no rate")
			.startsWith("Someone changed this rate in the meantime.");
		assertThat(Jsoup.parse(unreadable.getContentAsString()).select("#usdPerUnit").val()).as("the form keeps what was typed")
			.isEqualTo("2");
		MockHttpServletResponse bad = this.admin.post("/admin/salaries/rates", "currency", "Swiss", "year", "1066",
				"usdPerUnit", "-1");
		assertThat(Jsoup.parse(bad.getContentAsString()).select("#rate-form .invalid-feedback").eachText()).containsExactly(
				"Type a currency code of three letters, such as EUR.",
				"The year must be a whole number from 2000 to " + (java.time.Year.now().getValue() + 1),
				"Type a rate above 0 and at most 10,000, with at most 8 decimals.");
		assertThat(this.jdbc.queryForObject("select usd_per_unit from exchange_rate where currency = 'CHF' and year = 2025",
				java.math.BigDecimal.class)).isEqualByComparingTo((java.math.BigDecimal) this.saved.get("usd_per_unit"));
	}

}
