package ai.slope.salaries.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.salaries.ImportReport;
import ai.slope.salaries.SalaryFixture;
import ai.slope.salaries.ImportReports;
import ai.slope.salaries.StalledImports;
import ai.slope.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin’s salary pages: importing a file with its progress and report, refusals, the rejected rows as CSV,
 * mapping the largest unmapped title, removing a rule after confirming, reviewing and editing records; each change
 * in the audit log.
 */
@WebIntegrationTest
class SalaryAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	ImportReports imports;

	@Autowired
	StalledImports stalledImports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	WebSession admin;

	@BeforeEach
	void logInAsAdmin() throws Exception {
		this.salaries.clear();
		this.admin = WebSession.loggedInAsAdmin(this.mvc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private ImportReport upload(String name, byte[] content) throws Exception {
		this.admin.page("/admin/salaries");
		MockHttpServletResponse response = this.admin.upload("/admin/salaries/imports", "file", name, "text/csv", content);
		assertThat(response.getRedirectedUrl()).startsWith("/admin/salaries/imports/");
		long id = Long.parseLong(response.getRedirectedUrl().substring("/admin/salaries/imports/".length()));
		return Awaitility.await("import " + id + " to finish")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.imports.find(id).orElseThrow(), report -> !report.isRunning());
	}

	private long audit(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = ?", Long.class, action);
	}

	@Test
	void anAdminImportsAFileAndReadsItsReport() throws Exception {
		long audited = audit("salary.import");
		ImportReport report = upload("aijobs.csv", SalaryFixture.slice());

		assertThat(report.status()).isEqualTo(ImportReport.Status.DONE);
		assertThat(report.imported()).isEqualTo(3000);
		Document page = this.admin.page("/admin/salaries/imports/" + report.id());
		assertThat(page.select("#import-progress").attr("data-status")).isEqualTo("DONE");
		assertThat(page.select("#rows-read").text()).isEqualTo("3,000");
		assertThat(page.select("#rows-imported").text()).isEqualTo("3,000");
		assertThat(page.select("#rows-rejected").text()).isEqualTo("0");
		assertThat(audit("salary.import")).isEqualTo(audited + 1);
		// the progress fragment tells htmx to show the report once the import is over
		MockHttpServletResponse progress = this.admin.get("/admin/salaries/imports/" + report.id() + "/progress");
		assertThat(progress.getHeader("HX-Refresh")).isEqualTo("true");
		assertThat(this.admin.page("/admin/salaries").select("#imports .import-row")).hasSize(1);
	}

	@Test
	void aFileThatIsNotASalaryCsvIsRefusedWithAMessageAndNothingStored() throws Exception {
		this.admin.page("/admin/salaries");
		MockHttpServletResponse refused = this.admin.upload("/admin/salaries/imports", "file", "report.pdf",
				"application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

		assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/salaries");
		assertThat(this.admin.page("/admin/salaries").select("#problem").text())
			.isEqualTo("This is not a CSV file: choose a file whose name ends in .csv. Nothing was imported.");
		MockHttpServletResponse header = this.admin.upload("/admin/salaries/imports", "file", "people.csv", "text/csv",
				"name,email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.admin.follow(header).select("#problem").text()).startsWith(
				"The header lacks the columns work_year, experience_level, employment_type, job_title, salary,");
		assertThat(this.imports.count()).isZero();
		assertThat(this.salaries.count("true")).isZero();
	}

	@Test
	void anInterruptedImportSaysSoInBothLanguages() throws Exception {
		// running when its instance stopped, half an hour ago
		java.sql.Timestamp then = java.sql.Timestamp.from(this.clock.instant());
		long id = this.jdbc.queryForObject("""
				insert into salary_import (file_name, started_at, progress_at, status, bytes_total)
				values ('stopped.csv', ?, ?, 'RUNNING', 1000) returning id
				""", Long.class, then, then);
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(this.stalledImports.failStalled()).isEqualTo(1);

		assertThat(this.admin.page("/admin/salaries/imports/" + id).select("#import-failed").text())
			.isEqualTo("The import failed, and nothing of it was stored. Slope stopped while this import ran. "
					+ "Import the file again.");
		assertThat(this.admin.page("/admin/salaries/imports/" + id + "?lang=zh-CN").select("#import-failed").text())
			.contains("此次导入运行期间 Slope 停止了");
	}

	@Test
	void theRejectedRowsDownloadAsCsvWithTheirReasonsAndNoFormulas() throws Exception {
		String csv = "job_title,work_year,experience_level,employment_type,salary,salary_currency,salary_in_usd,"
				+ "employee_residence,remote_ratio,company_location,company_size\n"
				+ "=HYPERLINK(1),2024,SE,FT,100,XYZ,1,US,0,US,M\n"
				+ "ML Engineer,2024,SE,FT,100000,USD,100000,US,0,US,M\n";
		ImportReport report = upload("mixed.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.rejected()).isEqualTo(1);

		Document page = this.admin.page("/admin/salaries/imports/" + report.id());
		assertThat(page.select("#rejections .rejection").attr("data-row")).isEqualTo("2");
		assertThat(page.select("#rejections .rejection td").get(1).text()).isEqualTo("Unknown currency: no exchange rate for it");
		MockHttpServletResponse download = this.admin
			.get("/admin/salaries/imports/" + report.id() + "/rejections.csv");
		assertThat(download.getContentType()).startsWith("text/csv");
		assertThat(download.getHeader("Content-Disposition")).contains("attachment");
		String body = download.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFFRow,Reasons,Values\r\n");
		assertThat(body).contains("2,Unknown currency: no exchange rate for it,");
		// a spreadsheet shows the values as text, never as a formula
		assertThat(body).contains("2,Unknown currency: no exchange rate for it,\"'=HYPERLINK(1),2024,SE,FT,100,XYZ,1,US,0,US,M\"");
	}

	@Test
	void theReportNamesTheYearsAcceptedInTheAdminsLanguage() throws Exception {
		int nextYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1;
		String csv = "job_title,work_year,experience_level,employment_type,salary,salary_currency,"
				+ "employee_residence,remote_ratio,company_location,company_size\n"
				+ "ML Engineer,1999,SE,FT,100000,USD,US,0,US,M\n";
		ImportReport report = upload("years.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.rejected()).isEqualTo(1);

		String english = this.admin.page("/admin/salaries/imports/" + report.id())
			.select("#rejections .rejection td").get(1).text();
		String download = this.admin.get("/admin/salaries/imports/" + report.id() + "/rejections.csv")
			.getContentAsString(StandardCharsets.UTF_8);
		String chinese = this.admin.page("/admin/salaries/imports/" + report.id() + "?lang=zh-CN")
			.select("#rejections .rejection td").get(1).text();

		assertThat(english).isEqualTo("The year must be a whole number from 2000 to " + nextYear);
		assertThat(chinese).isEqualTo("年份必须是 2000 到 " + nextYear + " 之间的整数");
		assertThat(download).contains("2,The year must be a whole number from 2000 to " + nextYear + ",");
		assertThat(english + chinese + download).doesNotContain("{0}").doesNotContain("{1}");
	}

	@Test
	void mappingTheLargestUnmappedTitleMapsAllItsRecordsAndIsAudited() throws Exception {
		this.salaries.importSlice();
		Document titles = this.admin.page("/admin/salaries/titles");
		assertThat(titles.select("#unmapped-titles .unmapped-title").first().attr("data-title")).isEqualTo("Data Scientist");
		long audited = audit("salary.rule.add");

		MockHttpServletResponse mapped = this.admin.post("/admin/salaries/rules", "kind", "EXACT", "title",
				"Data Scientist", "target", "applied-scientist", "from", "titles");

		assertThat(mapped.getRedirectedUrl()).isEqualTo("/admin/salaries/titles");
		Document after = this.admin.follow(mapped);
		assertThat(after.select("#notice").text())
			.isEqualTo("Rule added: “Data Scientist” maps to Applied scientist; 441 records changed.");
		assertThat(after.select("#unmapped-titles .unmapped-title").first().attr("data-title"))
			.isEqualTo("Software Engineer");
		assertThat(this.salaries.count("role_type = 'applied-scientist'")).isEqualTo(441);
		assertThat(audit("salary.rule.add")).isEqualTo(audited + 1);
	}

	@Test
	void aRuleIsRemovedOnlyAfterConfirmation() throws Exception {
		this.salaries.importSlice();
		this.admin.page("/admin/salaries/rules");
		this.admin.post("/admin/salaries/rules", "kind", "PATTERN", "title", "*engineer*", "target", "ml-engineer");
		long id = this.jdbc.queryForObject("select id from title_rule", Long.class);
		long mapped = this.salaries.count("role_type = 'ml-engineer'");
		assertThat(mapped).isPositive();

		Document confirm = this.admin.page("/admin/salaries/rules/" + id + "/delete");
		assertThat(confirm.select("h1").text()).isEqualTo("Remove the rule “*engineer*” → Machine learning engineer?");
		assertThat(this.salaries.count("role_type = 'ml-engineer'")).isEqualTo(mapped);
		this.admin.post("/admin/salaries/rules/" + id + "/delete");

		assertThat(this.salaries.count("role_type is not null")).isZero();
		assertThat(this.admin.page("/admin/salaries/rules").select("#no-rules")).hasSize(1);
	}

	@Test
	void aRuleThatMakesNoSenseComesBackWithTheReason() throws Exception {
		this.admin.page("/admin/salaries/rules");
		MockHttpServletResponse response = this.admin.post("/admin/salaries/rules", "kind", "PATTERN", "title", "**",
				"target", "nothing-like-this");
		Document page = org.jsoup.Jsoup.parse(response.getContentAsString());

		assertThat(page.select("#rule-form .invalid-feedback").eachText()).containsExactly(
				"A pattern needs at least 3 letters besides the stars.", "Choose a role type, or out of scope.");
		assertThat(page.select("#title").val()).isEqualTo("**");
		assertThat(this.jdbc.queryForObject("select count(*) from title_rule", Long.class)).isZero();
	}

	@Test
	void theReviewQueueApprovesAndRejectsInBulkWithANoteAndEachChangeIsAudited() throws Exception {
		long a = this.salaries.record("ml-engineer", "SE", "US", 2024, 150_000, "PENDING");
		long b = this.salaries.record("ml-engineer", "SE", "US", 2024, 160_000, "PENDING");
		long c = this.salaries.record("ml-engineer", "SE", "US", 2024, 9_000_000, "FLAGGED");
		Document queue = this.admin.page("/admin/salaries/review");
		assertThat(queue.select("#review-queue .review-record")).hasSize(3);

		MockHttpServletResponse noNote = this.admin.post("/admin/salaries/review", "ids", Long.toString(c), "decision",
				"REJECT", "note", " ");
		assertThat(this.admin.follow(noNote).select("#note-error").text()).isEqualTo("Write a note saying why.");
		assertThat(this.salaries.status(c)).isEqualTo("FLAGGED");

		this.admin.post("/admin/salaries/review", "ids", Long.toString(a), "ids", Long.toString(b), "decision",
				"APPROVE", "note", "");
		this.admin.post("/admin/salaries/review", "ids", Long.toString(c), "decision", "REJECT", "note",
				"nine million is a typo");

		assertThat(this.salaries.status(a)).isEqualTo("APPROVED");
		assertThat(this.salaries.status(b)).isEqualTo("APPROVED");
		assertThat(this.salaries.status(c)).isEqualTo("REJECTED");
		List<Map<String, Object>> entries = this.jdbc.queryForList(
				"select action, target_id, detail from audit_log where target_type = 'salary-record' and target_id in (?, ?, ?) order by id",
				Long.toString(a), Long.toString(b), Long.toString(c));
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("salary.approve", "salary.approve",
				"salary.reject");
		String rejected = "/admin/audit?action=salary.reject&targetId=" + c;
		assertThat(this.admin.page(rejected).select("tr.audit-entry .audit-detail").text())
			.isEqualTo("Flagged as outlier → Rejected Note: “nine million is a typo”");
		assertThat(this.admin.in(Locale.SIMPLIFIED_CHINESE).page(rejected).select("tr.audit-entry .audit-detail").text())
			.isEqualTo("已标记为异常值 → 已拒绝 备注：“nine million is a typo”");
		this.admin.in(Locale.ENGLISH);
		assertThat(this.admin.page("/admin/salaries/review").select("#queue-empty")).hasSize(1);
	}

	@Test
	void rejectingWithoutANoteKeepsTheTickedRowsTicked() throws Exception {
		long a = this.salaries.record("ml-engineer", "SE", "US", 2024, 150_000, "PENDING");
		long b = this.salaries.record("ml-engineer", "SE", "US", 2024, 160_000, "PENDING");
		long c = this.salaries.record("ml-engineer", "SE", "US", 2024, 9_000_000, "FLAGGED");
		this.admin.page("/admin/salaries/review");

		Document page = this.admin.follow(this.admin.post("/admin/salaries/review", "ids", Long.toString(a), "ids",
				Long.toString(c), "decision", "REJECT", "note", " "));

		assertThat(page.select("#note-error").text()).isEqualTo("Write a note saying why.");
		assertThat(page.select("#review-queue input[name=ids][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(Long.toString(a), Long.toString(c));
		assertThat(page.select("#record-" + b).hasAttr("checked")).isFalse();
		// the next page load forgets them
		assertThat(this.admin.page("/admin/salaries/review").select("#review-queue input[name=ids][checked]")).isEmpty();
	}

	@Test
	void aSeekerWhoseSalaryIsRejectedIsMailedTheNoteInTheirLanguageAndSeesIt() throws Exception {
		Account account = AccountFixture.create(this.accounts, Role.SEEKER, Locale.SIMPLIFIED_CHINESE);
		WebSession seeker = new WebSession(this.mvc).in(Locale.SIMPLIFIED_CHINESE);
		seeker.logIn(account.getEmail(), AccountFixture.PASSWORD);
		seeker.page("/salaries/submit");
		seeker.post("/salaries/submit", "year", "2025", "experienceLevel", "MI", "employmentType", "FT", "jobTitle",
				"Wombat Model Engineer", "amount", "85,000", "currency", "EUR", "employeeResidence", "DE", "remoteRatio",
				"50", "companyLocation", "DE", "companySize", "L");
		long id = this.jdbc.queryForObject("select id from salary_record where submitted_by = ?", Long.class,
				account.getId());
		this.admin.page("/admin/salaries/review");

		this.admin.post("/admin/salaries/review", "ids", Long.toString(id), "decision", "REJECT", "note",
				"The amount is monthly, not yearly.");

		assertThat(TestMailServer.mailsTo(account.getEmail())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("你分享的薪资\u201CWombat Model Engineer\u201D（2025 年）未获批准");
			assertThat(TestMailServer.body(mail)).contains("The amount is monthly, not yearly.")
				.contains("https://slope.test/salaries/submit");
		});
		Document mine = seeker.page("/salaries/submit");
		assertThat(mine.select("#my-submissions .submission[data-status=REJECTED] .review-note").text())
			.isEqualTo("管理员备注：The amount is monthly, not yearly.");
	}

	@Test
	void anAdminEditsARecordWithANoteWhichApprovesIt() throws Exception {
		long id = this.salaries.record("ml-engineer", "SE", "US", 2024, 9_000_000, "FLAGGED");
		Document form = this.admin.page("/admin/salaries/records/" + id + "/edit");
		String version = form.select("input[name=version]").val();

		MockHttpServletResponse bad = this.admin.post("/admin/salaries/records/" + id, "version", version, "year",
				"2024", "experienceLevel", "SE", "employmentType", "FT", "jobTitle", "Fixture title", "amount", "0",
				"currency", "USD", "employeeResidence", "US", "remoteRatio", "0", "companyLocation", "US",
				"companySize", "M", "note", "");
		assertThat(org.jsoup.Jsoup.parse(bad.getContentAsString()).select("#edit-form .invalid-feedback").eachText())
			.containsExactly("The amount is not a positive number", "Write a note saying why.");

		this.admin.post("/admin/salaries/records/" + id, "version", version, "year", "2024", "experienceLevel", "SE",
				"employmentType", "FT", "jobTitle", "Fixture title", "amount", "90000", "currency", "EUR",
				"employeeResidence", "US", "remoteRatio", "0", "companyLocation", "US", "companySize", "M", "note",
				"paid in euros, one zero too many");

		Map<String, Object> record = this.jdbc.queryForMap(
				"select status, amount, currency, amount_usd, review_note from salary_record where id = ?", id);
		// 2024's euro rate, seeded from the index: 1.11110415
		assertThat(record).containsEntry("status", "APPROVED")
			.containsEntry("amount", 90000L)
			.containsEntry("currency", "EUR")
			.containsEntry("amount_usd", 99999)
			.containsEntry("review_note", "paid in euros, one zero too many");
		assertThat(this.admin.page("/admin/audit?action=salary.edit&targetId=" + id)
			.select("tr.audit-entry .audit-detail")
			.first()
			.text()).contains("Gross yearly pay: “9000000” → “90000”").contains("Currency: “USD” → “EUR”");

		// the same form again, with the version it was read at: refused, nothing changed
		MockHttpServletResponse stale = this.admin.post("/admin/salaries/records/" + id, "version", version, "year",
				"2024", "experienceLevel", "SE", "employmentType", "FT", "jobTitle", "Fixture title", "amount", "1",
				"currency", "USD", "employeeResidence", "US", "remoteRatio", "0", "companyLocation", "US",
				"companySize", "M", "note", "late");
		assertThat(org.jsoup.Jsoup.parse(stale.getContentAsString()).select("#problem").text())
			.startsWith("Someone changed this record in the meantime.");
		assertThat(this.jdbc.queryForObject("select amount from salary_record where id = ?", Long.class, id))
			.isEqualTo(90000L);
	}

	@Test
	void anEditWhoseNumbersAreNotNumbersComesBackAsTypedBesideTheFieldsInBothLanguages() throws Exception {
		long id = this.salaries.record("ml-engineer", "SE", "US", 2024, 9_000_000, "FLAGGED");
		String version = this.admin.page("/admin/salaries/records/" + id + "/edit").select("input[name=version]").val();

		for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
			Document page = org.jsoup.Jsoup.parse(this.admin.in(locale)
				.post("/admin/salaries/records/" + id, "version", version, "year", "twenty", "experienceLevel", "SE",
						"employmentType", "FT", "jobTitle", "Fixture title", "amount", "lots", "currency", "USD",
						"employeeResidence", "US", "remoteRatio", "half", "companyLocation", "US", "companySize", "M",
						"note", "typo")
				.getContentAsString());

			assertThat(page.select("#year").val()).isEqualTo("twenty");
			assertThat(page.select("#amount").val()).isEqualTo("lots");
			assertThat(page.select("#remoteRatio").val()).isEqualTo("half");
			assertThat(page.select("#amount").attr("aria-describedby")).isEqualTo("amount-error");
			if (locale.equals(Locale.ENGLISH)) {
				assertThat(page.select("#year-error").text()).isEqualTo("The year must be a whole number, such as 2024");
				assertThat(page.select("#amount-error").text())
					.isEqualTo("The amount must be a whole number, such as 120000");
				assertThat(page.select("#remoteRatio-error").text()).isEqualTo("The remote ratio must be 0, 50 or 100");
			}
			else {
				assertThat(page.select("#amount-error").text()).isEqualTo("金额必须是整数，例如 120000");
			}
		}
		this.admin.in(Locale.ENGLISH);
		assertThat(this.salaries.status(id)).isEqualTo("FLAGGED");

		// a number as people write it is one
		this.admin.post("/admin/salaries/records/" + id, "version", version, "year", "2024", "experienceLevel", "SE",
				"employmentType", "FT", "jobTitle", "Fixture title", "amount", "90,000", "currency", "USD",
				"employeeResidence", "US", "remoteRatio", "0", "companyLocation", "US", "companySize", "M", "note",
				"one zero too many");
		assertThat(this.jdbc.queryForObject("select amount from salary_record where id = ?", Long.class, id))
			.isEqualTo(90000L);
	}

	@Test
	void aRateOrRuleThatCannotBeReadComesBackAsTyped() throws Exception {
		this.admin.page("/admin/salaries/rates");
		Document rate = org.jsoup.Jsoup.parse(this.admin
			.post("/admin/salaries/rates", "currency", "CHF", "year", "next year", "usdPerUnit", "1,08")
			.getContentAsString());
		assertThat(rate.select("#year").val()).isEqualTo("next year");
		assertThat(rate.select("#year-error").text()).isEqualTo("The year must be a whole number, such as 2025");
		assertThat(rate.select("#usdPerUnit").val()).isEqualTo("1,08");
		assertThat(rate.select("#usdPerUnit-error").text())
			.isEqualTo("Type a rate above 0 and at most 10,000, with at most 8 decimals.");
		assertThat(rate.select("#currency").val()).isEqualTo("CHF");

		Document rule = org.jsoup.Jsoup.parse(this.admin
			.post("/admin/salaries/rules", "kind", "SOMETIMES", "title", "Okapi keeper", "target", "ml-engineer")
			.getContentAsString());
		assertThat(rule.select("#kind-error").text()).isEqualTo("Choose exact title or pattern.");
		assertThat(rule.select("#title").val()).isEqualTo("Okapi keeper");
		assertThat(rule.select("#target option[selected]").val()).isEqualTo("ml-engineer");
		assertThat(this.jdbc.queryForObject("select count(*) from title_rule", Long.class)).isZero();

		// from the unmapped titles, a page to go back to that is not one is the first
		this.admin.page("/admin/salaries/titles");
		MockHttpServletResponse fromTitles = this.admin.post("/admin/salaries/rules", "kind", "EXACT", "title",
				"Okapi keeper", "target", "ml-engineer", "from", "titles", "page", "second");
		assertThat(fromTitles.getRedirectedUrl()).isEqualTo("/admin/salaries/titles");
	}

	@Test
	void aDecisionOnRecordsThatAreNotNumbersOrThatIsNeitherChangesNothing() throws Exception {
		long a = this.salaries.record("ml-engineer", "SE", "US", 2024, 150_000, "PENDING");
		this.admin.page("/admin/salaries/review");

		Document notIds = this.admin.follow(this.admin.post("/admin/salaries/review", "ids", "first", "decision",
				"APPROVE", "note", ""));
		Document maybe = this.admin.follow(this.admin.post("/admin/salaries/review", "ids", Long.toString(a),
				"decision", "MAYBE", "note", "", "status", "PENDING"));

		assertThat(notIds.select("#form-errors").text()).contains("A selected record no longer exists; nothing was changed.");
		assertThat(maybe.select("#form-errors").text()).contains("Approve or reject the selected records.");
		assertThat(maybe.select("#record-" + a).hasAttr("checked")).isTrue();
		assertThat(this.salaries.status(a)).isEqualTo("PENDING");
	}

}
