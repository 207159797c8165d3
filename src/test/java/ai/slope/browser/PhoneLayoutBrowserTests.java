package ai.slope.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Role;
import ai.slope.admin.AuditLog;
import ai.slope.alerts.JobAlert;
import ai.slope.alerts.JobAlerts;
import ai.slope.alerts.SavedJobs;
import ai.slope.applications.Application;
import ai.slope.applications.ApplicationFixture;
import ai.slope.applications.Sourcing;
import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditedAction;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.Publication;
import ai.slope.candidates.Publications;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.salaries.ImportReport;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.SalarySubmissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the site map on a phone (390 × 844 CSS pixels), in English and in Chinese, as a visitor, a job
 * seeker, a recruiter and an admin, with enough data that every table and chart is drawn: no page scrolls sideways,
 * no table hides columns in a scroll box (tables stack as cards or keep their key columns), and no chart's text
 * is smaller than 11 pixels. One browser session per role; every failing page is named, with a screenshot under
 * target/browser-screenshots.
 */
class PhoneLayoutBrowserTests extends BrowserTest {

	static final String[] LANGUAGES = { "en", "zh-CN" };

	/** The page a missing posting shows. */
	static final String NOT_FOUND = "/jobs/999999999";

	/**
	 * What is wrong with the page on a phone, in words: whether the page is wider than the window, which table's
	 * scroll box hides columns, which chart text is drawn under 11 pixels; and whether it is an error page where
	 * none was expected (its argument), so that a wrong path cannot pass for a page that fits.
	 */
	static final String PROBLEMS = """
			const problems = [];
			const page = document.documentElement;
			if (page.scrollWidth > window.innerWidth || page.scrollWidth > page.clientWidth) {
			  problems.push('scrolls sideways: ' + page.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
			}
			for (const box of document.querySelectorAll('.table-responsive')) {
			  if (box.getClientRects().length > 0 && box.scrollWidth > box.clientWidth + 1) {
			    const table = box.querySelector('table');
			    problems.push('table ' + (table && table.id ? '#' + table.id : (table ? table.className : '?'))
			        + ' is cut off: ' + box.scrollWidth + ' px in a ' + box.clientWidth + ' px box');
			  }
			}
			for (const text of document.querySelectorAll('svg text')) {
			  const matrix = text.getScreenCTM();
			  if (matrix && text.getClientRects().length > 0 && text.getBoundingClientRect().width > 0) {
			    const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
			    if (size < 11) {
			      problems.push('chart text "' + text.textContent + '" is ' + size.toFixed(1) + ' px');
			      break;
			    }
			  }
			}
			if (!arguments[0] && document.querySelector('section.py-5.text-center > h1.display-6') !== null) {
			  problems.push('is an error page: ' + document.title);
			}
			return problems;
			""";

	@Autowired
	ApplicationFixture applications;

	@Autowired
	PostingFixture postings;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	SalarySubmissions submissions;

	@Autowired
	Sourcing sourcing;

	@Autowired
	SavedJobs savedJobs;

	@Autowired
	JobAlerts alerts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	ApplicationFixture.Opening opening;

	JobPosting other;

	JobPosting notApplied;

	Account seeker;

	Application application;

	Publication publication;

	long invitation;

	JobAlert alert;

	ImportReport salaryImport;

	long salaryRecord;

	long titleRule;

	@BeforeAll
	void createWhatEveryPageShows() {
		this.opening = this.applications.opening();
		this.other = this.postings
			.posting(this.opening.recruiter().company(), "research-scientist",
					"Principal Research Scientist, Multimodal Foundation Models and Long-Context Retrieval")
			.skills("PyTorch", "JAX", "Distributed Training", "Reinforcement Learning from Human Feedback")
			.save();
		this.notApplied = this.postings
			.posting(this.opening.recruiter().company(), "infrastructure-engineer", "Staff AI Infrastructure Engineer")
			.save();
		this.seeker = this.candidates
			.discoverable("Research engineer, reinforcement learning from human feedback at scale",
					"PyTorch, JAX, CUDA, Kubernetes, Triton, Rust")
			.summary("Eight years of training large models.")
			.paper("Reward models that generalise across tasks and languages", 420)
			.paper("Sampling quickly from diffusion models", 75)
			.github("phone-seeker")
			.scholar("AbCdEf123456")
			.save();
		this.application = this.applications.apply(this.seeker, this.opening.posting());
		this.publication = this.candidates.publications().of(this.seeker.getId()).get(0);
		this.sourcing.invite(this.opening.recruiter().id(), this.other.getId(), this.seeker.getId(),
				"Your work on reward models is what this team needs; would you like to talk?");
		this.invitation = this.jdbc.queryForObject(
				"select id from application where posting_id = ? and account_id = ?", Long.class, this.other.getId(),
				this.seeker.getId());
		this.savedJobs.save(this.seeker.getId(), this.other.getId());
		this.alert = this.alerts.create(this.seeker.getId(), "q=research&role=research-scientist",
				"Research scientist roles", "DAILY");
		this.salaries.clear();
		this.salaries.importSlice();
		this.salaries.addDefaultRules();
		this.titleRule = this.jdbc.queryForObject("select min(id) from title_rule", Long.class);
		this.salaryImport = this.salaries.importText("with-a-rejection.csv", """
				work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size
				2024,SE,FT,Principal Research Scientist for Multimodal Foundation Models,250000,XYZ,250000,US,0,US,L
				2024,SE,FT,Research Scientist,200000,USD,200000,US,0,US,L
				""");
		this.submissions.submit(this.seeker.getId(), Map.of("year", "2024", "experienceLevel", "SE",
				"employmentType", "FT", "jobTitle", "Research Engineer, Reinforcement Learning", "amount", "185000",
				"currency", "USD", "employeeResidence", "DE", "remoteRatio", "50", "companyLocation", "DE",
				"companySize", "L"));
		this.salaryRecord = this.salaries.record("ml-engineer", "SE", "DE", 2024, 950_000, "FLAGGED");
		this.salaries.record("research-scientist", "MI", "FR", 2024, 88_000, "PENDING");
		long adminId = this.jdbc.queryForObject("select id from account where lower(email) = ?", Long.class,
				ADMIN_EMAIL);
		this.transactions.executeWithoutResult(status -> this.auditLog.record(AuditedAction.of(adminId,
				AuditAction.COMPANY_VERIFY, this.opening.recruiter().companyId(),
				"Checked the company's website, its registry entry and the recruiter's work email address")));
		browser.phone();
	}

	@BeforeEach
	void newSession() {
		this.driver.manage().deleteAllCookies();
	}

	@Test
	void aVisitorsPagesFitAPhone() {
		JobPosting posting = this.opening.posting();
		assertFit("visitor", "/", "/jobs", "/jobs?q=engineer&role=ml-engineer",
				"/jobs/" + posting.getId() + "-" + posting.getSlug(), "/roles", "/roles/research-scientist",
				"/companies/" + this.opening.recruiter().company().getSlug(), "/salaries",
				"/salaries?roleType=ml-engineer&country=US", "/login", "/signup", "/password/forgot",
				"/password/reset?token=not-a-token", "/signup/sent", "/signup/confirm?token=not-a-token",
				"/alerts/unsubscribe?token=not-a-token", NOT_FOUND);
	}

	@Test
	void aSeekersPagesFitAPhone() {
		browser.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD);
		long id = this.application.getId();
		assertFit("seeker", "/account", "/account/password", "/profile", "/profile/edit", "/profile/views",
				"/profile/publications/new", "/profile/publications/" + this.publication.getId() + "/edit",
				"/profile/publications/" + this.publication.getId() + "/remove", "/applications",
				"/applications/" + id, "/applications/" + id + "/withdraw", "/applications/" + this.invitation,
				"/applications/" + this.invitation + "/decline", "/jobs/" + this.notApplied.getId() + "/apply",
				"/saved", "/alerts", "/alerts/new?q=diffusion", "/alerts/" + this.alert.getId() + "/edit",
				"/alerts/" + this.alert.getId() + "/delete", "/salaries/submit");
	}

	@Test
	void aRecruitersPagesFitAPhone() {
		browser.logIn(this.opening.recruiter().email(), AccountFixture.PASSWORD);
		long posting = this.opening.postingId();
		assertFit("recruiter", "/recruiter/postings", "/recruiter/postings/new", "/recruiter/postings/" + posting,
				"/recruiter/postings/" + posting + "/edit", "/recruiter/postings/" + posting + "/close",
				"/recruiter/postings/" + posting + "/applicants",
				"/recruiter/applications/" + this.application.getId(), "/recruiter/candidates",
				"/recruiter/candidates?q=reinforcement&must=PyTorch", "/recruiter/candidates/" + this.seeker.getId(),
				"/recruiter/postings/" + posting + "/candidates", "/recruiter/company");
		this.driver.manage().deleteAllCookies();
		browser.logIn(this.candidates.account(Role.RECRUITER).getEmail(), AccountFixture.PASSWORD);
		assertFit("recruiter without a company", "/recruiter/company", "/recruiter/postings");
	}

	@Test
	void theCandidateSearchFoldsItsFiltersOnAPhone() {
		browser.logIn(this.opening.recruiter().email(), AccountFixture.PASSWORD);
		for (String path : List.of("/recruiter/candidates?lang=en",
				"/recruiter/postings/" + this.opening.postingId() + "/candidates?lang=en")) {
			browser.open(path);
			WebElement filters = this.driver.findElement(By.id("filters"));
			assertThat(filters.isDisplayed()).as("the filters of " + path + " before the toggle").isFalse();
			WebElement toggle = this.driver.findElement(By.cssSelector("button[data-bs-target='#filters']"));
			assertThat(toggle.getText()).isEqualTo("Show filters");
			toggle.click();
			new WebDriverWait(this.driver, java.time.Duration.ofSeconds(5))
				.until(ExpectedConditions.visibilityOf(filters));
			assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
			assertThat(filters.findElement(By.tagName("h2")).getText()).isEqualTo("Filters");
		}
	}

	@Test
	void anAdminsPagesFitAPhone() {
		browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		assertFit("admin", "/admin", "/admin/postings", "/admin/users", "/admin/users?q=fixture",
				"/admin/users/" + this.seeker.getId(), "/admin/users/" + this.seeker.getId() + "/suspend",
				"/admin/companies", "/admin/companies/" + this.opening.recruiter().companyId() + "/unverify",
				"/admin/roles", "/admin/roles/new", "/admin/roles/research-scientist/edit", "/admin/audit",
				"/admin/salaries", "/admin/salaries/imports/" + this.salaryImport.id(), "/admin/salaries/titles",
				"/admin/salaries/rules", "/admin/salaries/rules/" + this.titleRule + "/delete",
				"/admin/salaries/rates", "/admin/salaries/review", "/admin/salaries/review?status=FLAGGED",
				"/admin/salaries/records/" + this.salaryRecord + "/edit");
	}

	/**
	 * Opens each page in each language and collects what does not fit, so one run names every such page.
	 */
	private void assertFit(String role, String... paths) {
		List<String> problems = new ArrayList<>();
		for (String language : LANGUAGES) {
			for (String path : paths) {
				browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
				@SuppressWarnings("unchecked")
				List<String> found = (List<String>) ((JavascriptExecutor) this.driver).executeScript(PROBLEMS,
						path.equals(NOT_FOUND));
				if (!found.isEmpty()) {
					problems.add(language + " " + path + " " + found);
					browser.screenshot("PHONE-" + role.replace(' ', '-') + "-" + language
							+ path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
				}
			}
		}
		assertThat(problems).as("pages of the %s that do not fit a 390 px phone", role).isEmpty();
	}

}
