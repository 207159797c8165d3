package ai.slope.salaries.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.SalarySubmissions;
import ai.slope.web.Choice;
import ai.slope.web.Countries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job seeker shares their own salary: it waits for review, counts only once approved, and one per year and
 * title.
 */
@WebIntegrationTest
class SubmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	Countries countries;

	@Autowired
	SalarySubmissions submissions;

	@Autowired
	ExchangeRates rates;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	WebSession seeker;

	Account account;

	@BeforeEach
	void logInAsSeeker() throws Exception {
		this.salaries.clear();
		this.account = AccountFixture.create(this.accounts, Role.SEEKER);
		this.seeker = WebSession.loggedInAs(this.mvc, this.account);
	}

	private MockHttpServletResponse submit(String title, String year, String amount) throws Exception {
		this.seeker.page("/salaries/submit");
		return this.seeker.post("/salaries/submit", "year", year, "experienceLevel", "MI", "employmentType", "FT",
				"jobTitle", title, "amount", amount, "currency", "EUR", "employeeResidence", "DE", "remoteRatio",
				"50", "companyLocation", "DE", "companySize", "L");
	}

	@Test
	void bothCountryListsAreTheSitesOneCountryListInBothLanguages() throws Exception {
		for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
			Document page = this.seeker.page("/salaries/submit?lang=" + locale.toLanguageTag());
			java.util.List<Choice> expected = this.countries.choices(locale);
			for (String select : java.util.List.of("#employeeResidence", "#companyLocation")) {
				org.jsoup.select.Elements options = page.select(select + " option[value]:not([value=''])");
				assertThat(options.eachAttr("value")).as("%s in %s", select, locale)
					.isEqualTo(expected.stream().map(Choice::value).toList());
				assertThat(options.eachText()).as("%s in %s", select, locale)
					.isEqualTo(expected.stream().map(Choice::label).toList());
			}
		}
		this.seeker.page("/salaries/submit?lang=en");
	}

	/**
	 * The form takes its countries from web.Countries, not a list of its own: whatever that list says, the form says.
	 */
	@Test
	void theFormOffersWhateverTheSharedCountryListHolds() {
		java.util.List<Choice> shared = java.util.List.of(Choice.of("TW", "Taiwan, as Slope names it"),
				Choice.of("DE", "Germany"));
		Countries ours = new Countries() {
			@Override
			public java.util.List<Choice> choices(java.util.Locale locale) {
				return shared;
			}
		};
		SubmissionController controller = new SubmissionController(this.submissions, this.rates, ours);
		ai.slope.accounts.SignedInUser user = (ai.slope.accounts.SignedInUser) this.users
			.loadUserByUsername(this.account.getEmail());
		org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();

		controller.initSubmissionForm(user, model, java.util.Locale.SIMPLIFIED_CHINESE);

		assertThat(model.get("countryChoices")).isEqualTo(shared);
	}

	@Test
	void aSubmissionWaitsForReviewAndIsNotCountedUntilApproved() throws Exception {
		MockHttpServletResponse response = submit("Machine Learning Engineer", "2025", "85,000");

		assertThat(response.getRedirectedUrl()).isEqualTo("/salaries/submit");
		Document page = this.seeker.follow(response);
		assertThat(page.select("#notice").text())
			.isEqualTo("Thank you: your salary as “Machine Learning Engineer” waits for review.");
		assertThat(page.select("#my-submissions .submission").attr("data-status")).isEqualTo("PENDING");
		assertThat(this.salaries.count("submitted_by = ? and status = 'PENDING' and amount = 85000 and currency = 'EUR'",
				this.account.getId())).isEqualTo(1);
		assertThat(this.salaries.count("status = 'APPROVED'")).isZero();
	}

	@Test
	void aSecondSubmissionForTheSameYearAndTitleIsRefused() throws Exception {
		submit("Research Engineer", "2024", "70000");
		MockHttpServletResponse again = submit("  research   engineer ", "2024", "75000");

		Document page = Jsoup.parse(again.getContentAsString());
		assertThat(page.select("#jobTitle + .invalid-feedback").text())
			.isEqualTo("You shared a salary as “research engineer” for 2024 already.");
		assertThat(this.salaries.count("submitted_by = ?", this.account.getId())).isEqualTo(1);
		// another year is another report
		submit("Research Engineer", "2025", "75000");
		assertThat(this.salaries.count("submitted_by = ?", this.account.getId())).isEqualTo(2);
	}

	@Test
	void badValuesComeBackBesideTheirFields() throws Exception {
		this.seeker.page("/salaries/submit");
		MockHttpServletResponse response = this.seeker.post("/salaries/submit", "year", "1999", "experienceLevel", "",
				"employmentType", "FT", "jobTitle", "", "amount", "-1", "currency", "ABC", "employeeResidence", "",
				"remoteRatio", "50", "companyLocation", "DE", "companySize", "L");

		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#year + .invalid-feedback").text()).startsWith("Enter the year of this pay, from 2000 to");
		assertThat(page.select("#experienceLevel + .invalid-feedback").text()).isEqualTo("Choose your experience level.");
		assertThat(page.select("#jobTitle + .invalid-feedback").text()).isEqualTo("Enter your job title (at most 200 characters).");
		assertThat(page.select("#amount + .invalid-feedback").text()).isEqualTo("Enter your yearly pay as a number above zero.");
		assertThat(page.select("#employeeResidence + .invalid-feedback").text()).isEqualTo("Choose the country you live in.");
		assertThat(page.select(".invalid-feedback").text()).doesNotContain("EN, MI", "code");
		assertThat(this.salaries.count("true")).isZero();
	}

	@Test
	void aPayThatIsNotANumberComesBackAsTypedBesideItsFieldInBothLanguages() throws Exception {
		Document english = Jsoup.parse(submit("Research Engineer", "2024", "a lot").getContentAsString());
		assertThat(english.select("#amount").val()).isEqualTo("a lot");
		assertThat(english.select("#amount-error").text()).isEqualTo("Enter your yearly pay as a whole number, such as 85,000.");
		assertThat(english.select("#jobTitle").val()).isEqualTo("Research Engineer");

		this.seeker.in(java.util.Locale.SIMPLIFIED_CHINESE);
		Document chinese = Jsoup.parse(submit("Research Engineer", "2024", "很多").getContentAsString());
		assertThat(chinese.select("#amount").val()).isEqualTo("很多");
		assertThat(chinese.select("#amount-error").text()).isEqualTo("请用整数填写你的年薪，例如 85,000。");
		assertThat(this.salaries.count("true")).isZero();
	}

	@Test
	void aPayThatIsNotANumberComesBackWithTheOtherFieldsProblemsAtOnce() throws Exception {
		this.seeker.page("/salaries/submit");
		MockHttpServletResponse response = this.seeker.post("/salaries/submit", "year", "2024", "experienceLevel", "",
				"employmentType", "FT", "jobTitle", "", "amount", "a lot", "currency", "EUR", "employeeResidence", "",
				"remoteRatio", "50", "companyLocation", "DE", "companySize", "L");

		Document page = Jsoup.parse(response.getContentAsString());
		// the type error, once, beside its field
		assertThat(page.select("#amount-error").text()).isEqualTo("Enter your yearly pay as a whole number, such as 85,000.");
		assertThat(page.select("#amount ~ .invalid-feedback")).hasSize(1);
		// and the rules' problems of the other fields in the same answer
		assertThat(page.select("#jobTitle + .invalid-feedback").text()).isEqualTo("Enter your job title (at most 200 characters).");
		assertThat(page.select("#experienceLevel + .invalid-feedback").text()).isEqualTo("Choose your experience level.");
		assertThat(page.select("#employeeResidence + .invalid-feedback").text()).isEqualTo("Choose the country you live in.");
		assertThat(this.salaries.count("true")).isZero();
	}

}
