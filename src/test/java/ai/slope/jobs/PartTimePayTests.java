package ai.slope.jobs;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.jobs.RecruiterFixture.Recruiter;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hourly and monthly pay in annual US dollars: part-time hourly pay counts 20 hours a week, not 40.
 */
@WebIntegrationTest
class PartTimePayTests {

	@Autowired
	Postings postings;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture fixture;

	@Autowired
	JobSearch search;

	@Autowired
	ExchangeRates rates;

	@Autowired
	JobFormat format;

	@Autowired
	MockMvc mvc;

	@Test
	void aPartTimeHourlyPostingIsAnnualisedAtTwentyHoursAWeek() {
		Recruiter recruiter = this.recruiters.recruiter(true);
		PostingInput fullTime = RecruiterFixture.input("Senior engineer, part-time", 260, 320, "CNY",
				SalaryPeriod.HOUR);
		PostingInput partTime = new PostingInput(fullTime.roleType(), fullTime.title(), fullTime.seniority(),
				EmploymentType.PART_TIME, fullTime.remotePolicy(), fullTime.city(), fullTime.country(),
				fullTime.salaryMin(), fullTime.salaryMax(), fullTime.salaryCurrency(), fullTime.salaryPeriod(),
				fullTime.visaSponsorship(), fullTime.skills(), fullTime.description(), fullTime.applyUrl(),
				fullTime.expiryDays());

		JobPosting posting = this.postings.createDraft(recruiter.id(), recruiter.company(), partTime);

		int fullTimeMax = this.rates.toAnnualUsd(320, "CNY", SalaryPeriod.HOUR);
		assertThat(posting.getSalaryMaxUsd()).isEqualTo(Math.round(fullTimeMax / 2.0));
		assertThat(posting.getSalaryMinUsd())
			.isEqualTo(Math.round(this.rates.toAnnualUsd(260, "CNY", SalaryPeriod.HOUR) / 2.0));
	}

	@Test
	void partTimeHourlyPaySortsBelowAFullTimeSalaryItDoesNotReach() {
		Company company = this.fixture.company("Halftime Labs");
		this.fixture.posting(company, "ml-engineer", "Full-time, 100k")
			.salary(100_000, 100_000, "USD", SalaryPeriod.YEAR)
			.save();
		this.fixture.posting(company, "ml-engineer", "Part-time, 60 an hour")
			.employmentType(EmploymentType.PART_TIME)
			.salary(60, 60, "USD", SalaryPeriod.HOUR)
			.save();

		JobQuery bySalary = new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, false, null,
				company.getSlug(), JobSort.SALARY, 1, 20);

		// 60 USD an hour at 20 hours a week is 62,400 a year, not 124,800
		assertThat(this.search.search(bySalary).hits()).extracting(JobSummary::title)
			.containsExactly("Full-time, 100k", "Part-time, 60 an hour");
		assertThat(this.search.search(bySalary).hits()).extracting(JobSummary::salaryMaxUsd)
			.containsExactly(100_000, 62_400);
	}

	@Test
	void theUsdHintOfHourlyPaySaysTheHoursAWeekItAssumed() {
		assertThat(this.format.annualUsd(37_440, 46_080, SalaryPeriod.HOUR, EmploymentType.PART_TIME, Locale.ENGLISH))
			.isEqualTo("about USD 37,000\u201346,000 a year at 20 hours a week");
		assertThat(this.format.annualUsd(37_440, 46_080, SalaryPeriod.HOUR, EmploymentType.PART_TIME,
				Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("按每周 20 小时计，约合每年 37,000–46,000 美元");
		assertThat(this.format.annualUsd(74_880, 92_160, SalaryPeriod.HOUR, EmploymentType.FULL_TIME, Locale.ENGLISH))
			.isEqualTo("about USD 75,000\u201392,000 a year at 40 hours a week");
	}

	@Test
	void theUsdHintOfMonthlyPaySaysItCountsTwelveMonths() {
		assertThat(this.format.annualUsd(60_000, 72_000, SalaryPeriod.MONTH, EmploymentType.FULL_TIME, Locale.ENGLISH))
			.isEqualTo("about USD 60,000\u201372,000 a year (12 monthly payments)");
		assertThat(this.format.annualUsd(60_000, 72_000, SalaryPeriod.MONTH, EmploymentType.FULL_TIME,
				Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("按 12 个月计，约合每年 60,000–72,000 美元");
	}

	@Test
	void aPartTimeHourlyPostingsPageShowsTheHoursInItsHint() throws Exception {
		Company company = this.fixture.company("Halfpage Labs");
		JobPosting posting = this.fixture.posting(company, "ml-engineer", "Part-time tutor")
			.employmentType(EmploymentType.PART_TIME)
			.salary(60, 80, "USD", SalaryPeriod.HOUR)
			.save();

		Document page = Jsoup.parse(this.mvc.perform(get("/jobs/" + posting.getId() + "-" + posting.getSlug())
			.locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.text()).contains("about USD 62,000\u201383,000 a year at 20 hours a week");
	}

}
