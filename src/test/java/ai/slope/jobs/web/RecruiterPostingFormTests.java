package ai.slope.jobs.web;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.jobs.RecruiterFixture.Recruiter;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class RecruiterPostingFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	Postings postings;

	@Autowired
	PostingFixture postingFixture;

	Recruiter recruiter;

	WebSession browser;

	@BeforeEach
	void logIn() throws Exception {
		this.recruiter = this.fixture.recruiter(false);
		this.browser = WebSession.loggedInAs(this.mvc, this.recruiter.account());
	}

	private MockHttpServletResponse create(String... fields) throws Exception {
		this.browser.page("/recruiter/postings/new");
		return this.browser.post("/recruiter/postings", fields);
	}

	private static Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void aRecruiterCreatesADraftThroughTheFormAndSubmitsItForReview() throws Exception {
		MockHttpServletResponse response = create(RecruiterFixture.form("Platypus inference engineer"));

		assertThat(response.getRedirectedUrl()).matches("/recruiter/postings/\\d+");
		long id = Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", ""));
		JobPosting saved = this.postings.ofCompany(this.recruiter.companyId(), id);
		assertThat(saved.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(saved.getSkills()).containsExactly("PyTorch", "CUDA");
		assertThat(saved.getSalaryCurrency()).isEqualTo("EUR");
		assertThat(saved.isVisaSponsorship()).isTrue();
		assertThat(saved.getSalaryMaxUsd()).isGreaterThan(120_000);
		Document page = this.browser.follow(response);
		assertThat(page.select("[role=status]").text()).contains("saved as a draft");
		assertThat(page.select("#history li")).hasSize(1);

		MockHttpServletResponse submitted = this.browser.post("/recruiter/postings/" + id + "/submit");

		assertThat(this.browser.follow(submitted).select("#status").text()).isEqualTo("Waiting for review");
		assertThat(this.postings.find(id).getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
	}

	@Test
	void aPostingWithoutHistorySaysSoUnderItsHeading() throws Exception {
		// stored without going through Postings (as older postings were): nothing in its history
		JobPosting bare = this.postingFixture.posting(this.recruiter.company(), "ml-engineer", "Wombat ML engineer")
			.save();

		Document page = this.browser.page("/recruiter/postings/" + bare.getId());

		assertThat(page.select("h2:contains(History)")).hasSize(1);
		assertThat(page.select("#history")).isEmpty();
		assertThat(page.select("#no-history").text()).isEqualTo("Nothing is recorded for this posting yet.");
	}

	@Test
	void refusedFieldsGetTheirMessageBesideThemAndKeepWhatWasTyped() throws Exception {
		Document page = html(create(RecruiterFixture.form("  ", "salaryMin", "200000", "salaryMax", "150000",
				"applyUrl", "javascript:alert(1)", "expiryDays", "120", "country", "Atlantis", "skills",
				"Rust, Triton", "description", "Keep *this* text")));

		assertThat(page.select("#title-error").text()).isEqualTo("Give the posting a title.");
		assertThat(page.select("#salaryMax-error").text()).contains("must not be below the lower end");
		assertThat(page.select("#applyUrl-error").text()).contains("https://");
		assertThat(page.select("#expiryDays-error").text()).isEqualTo("Choose from 7 to 90 days.");
		assertThat(page.select("#country-error").text()).isEqualTo("Choose the country of the job from the list.");
		assertThat(page.select("input[name=salaryMin]").val()).isEqualTo("200000");
		assertThat(page.select("select[name=country] option[selected]")).isEmpty();
		assertThat(page.select("input[name=skills]").val()).isEqualTo("Rust, Triton");
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("Keep *this* text");
		assertThat(page.select("select[name=salaryCurrency] option[selected]").val()).isEqualTo("EUR");
		assertThat(page.select(".skill-tags .skill").eachText()).containsExactly("Rust", "Triton");
		assertThat(this.postings.ofCompany(this.recruiter.companyId(), null, null,
				org.springframework.data.domain.Pageable.unpaged()).getTotalElements()).isZero();
	}

	@Test
	void textWhereANumberBelongsIsRefusedAndKeptAsTyped() throws Exception {
		Document page = html(create(RecruiterFixture.form("Quoll engineer", "salaryMin", "a lot")));

		assertThat(page.select("#salaryMin-error").text()).isEqualTo("“a lot” is not a whole number.");
		assertThat(page.select("input[name=salaryMin]").val()).isEqualTo("a lot");
	}

	@Test
	void anUnknownChoiceAndDaysThatAreNotANumberGetTheirMessagesInBothLanguages() throws Exception {
		Document page = html(create(RecruiterFixture.form("Typed engineer", "seniority", "archmage", "expiryDays",
				"ninety", "title", " ")));

		assertThat(page.select("#seniority-error").text()).isEqualTo("Choose one of the options.");
		assertThat(page.select("#expiryDays-error").text()).isEqualTo("“ninety” is not a whole number.");
		assertThat(page.select("#title-error").text()).isEqualTo("Give the posting a title.");
		assertThat(page.select("input[name=expiryDays]").val()).isEqualTo("ninety");
		assertThat(page.select("select[name=salaryCurrency] option[selected]").val()).isEqualTo("EUR");

		WebSession chinese = this.browser.in(Locale.SIMPLIFIED_CHINESE);
		chinese.page("/recruiter/postings/new");
		Document zh = html(chinese.post("/recruiter/postings",
				RecruiterFixture.form("Typed engineer", "salaryPeriod", "fortnight", "salaryMax", "lots")));
		assertThat(zh.select("#salaryPeriod-error").text()).isEqualTo("请从选项中选择一项。");
		assertThat(zh.select("#salaryMax-error").text()).isEqualTo("“lots” 不是整数。");
	}

	@Test
	void aVersionThatIsNotANumberIsAConflictNotAnError() throws Exception {
		long id = this.postings.createDraft(this.recruiter.id(), this.recruiter.company(),
				RecruiterFixture.input("Versioned engineer")).getId();
		String edit = "/recruiter/postings/" + id + "/edit";
		this.browser.page(edit);

		MockHttpServletResponse response = this.browser.post(edit,
				RecruiterFixture.form("Versioned engineer", "version", "zero"));

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(this.postings.find(id).getVersion()).isZero();
	}

	@Test
	void implausiblePayIsRefusedInUsdTermsWhateverThePeriod() throws Exception {
		Document yearly = html(create(RecruiterFixture.form("Tiny pay engineer", "salaryMin", "500", "salaryMax",
				"900", "salaryCurrency", "USD")));
		assertThat(yearly.select("#salaryMax-error").text()).contains("USD 900 a year").contains("1000");

		Document monthly = html(create(RecruiterFixture.form("Huge pay engineer", "salaryMin", "500000", "salaryMax",
				"900000", "salaryCurrency", "USD", "salaryPeriod", "MONTH")));
		assertThat(monthly.select("#salaryMax-error").text()).contains("10800000");

		// 95 USD an hour is about 197,600 a year: plausible
		MockHttpServletResponse hourly = create(RecruiterFixture.form("Hourly engineer", "salaryMin", "80",
				"salaryMax", "95", "salaryCurrency", "USD", "salaryPeriod", SalaryPeriod.HOUR.name()));
		assertThat(hourly.getRedirectedUrl()).startsWith("/recruiter/postings/");
	}

	@Test
	void theCountryIsChosenFromTheSameListAsEverywhereElseAndTheEditFormKeepsIt() throws Exception {
		Document form = this.browser.page("/recruiter/postings/new");
		assertThat(form.select("input[name=country]")).isEmpty();
		assertThat(form.select("select[name=country] option[value]")).hasSize(Locale.getISOCountries().length + 1);
		assertThat(form.select("select[name=country] option[value=DE]").text()).isEqualTo("Germany");
		assertThat(this.browser.in(Locale.SIMPLIFIED_CHINESE)
			.page("/recruiter/postings/new")
			.select("select[name=country] option[value=DE]")
			.text()).isEqualTo("德国");
		this.browser.in(Locale.ENGLISH);

		long id = Long.parseLong(create(RecruiterFixture.form("Wombat engineer")).getRedirectedUrl()
			.replaceAll("\\D", ""));
		assertThat(this.browser.page("/recruiter/postings/" + id + "/edit")
			.select("select[name=country] option[selected]")
			.val()).isEqualTo("DE");
	}

	@Test
	void messagesAreInChineseForAChineseReader() throws Exception {
		this.browser.in(Locale.SIMPLIFIED_CHINESE);

		Document page = html(create(RecruiterFixture.form("", "salaryMax", "")));

		assertThat(page.select("#title-error").text()).isEqualTo("请填写职位标题。");
		assertThat(page.select("#salaryMax-error").text()).isEqualTo("请填写大于零的整数金额。");
	}

	@Test
	void theLivePreviewIsRenderedByThePublicPagesSanitiser() throws Exception {
		this.browser.page("/recruiter/postings/new");

		MockHttpServletResponse response = this.browser.post("/recruiter/postings/preview", "description",
				"## Team\n\n**Bold** <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>");

		Document fragment = html(response);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(fragment.select("#description-preview h2").text()).isEqualTo("Team");
		assertThat(fragment.select("#description-preview strong").text()).isEqualTo("Bold");
		assertThat(fragment.select("script, img, [onerror]")).isEmpty();
		assertThat(fragment.select("a[href^=javascript]")).isEmpty();
		assertThat(response.getContentAsString()).doesNotContain("<html");
	}

	@Test
	void skillsTypedWithCommasBecomeTagsWhileTyping() throws Exception {
		this.browser.page("/recruiter/postings/new");

		MockHttpServletResponse response = this.browser.post("/recruiter/postings/skills", "skills",
				" PyTorch,CUDA ,, PyTorch, <b>RLHF</b>，分布式训练");

		Document fragment = html(response);
		assertThat(fragment.select("#skill-tags .skill").eachText()).containsExactly("PyTorch", "CUDA", "<b>RLHF</b>",
				"分布式训练");
		assertThat(fragment.select("#skill-tags b")).isEmpty();
		assertThat(this.browser.postWithoutCsrf("/recruiter/postings/skills", "skills", "x").getStatus())
			.isEqualTo(403);
	}

	@Test
	void skillsAreOnePerTagAsOnProfilesShownAsFirstWritten() throws Exception {
		MockHttpServletResponse response = create(RecruiterFixture.form("Wombat kernel engineer", "skills",
				"PyTorch, py-torch, Py  Torch, ＰｙＴｏｒｃｈ, C, C++, C#, Node.js, NodeJS; #"));

		long id = Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(this.postings.find(id).getSkills()).containsExactly("PyTorch", "C", "C++", "C#", "Node.js");
		Document tags = html(this.browser.post("/recruiter/postings/skills", "skills", "PyTorch, py-torch, CUDA"));
		assertThat(tags.select("#skill-tags .skill").eachText()).containsExactly("PyTorch", "CUDA");
	}

	@Test
	void withoutJavaScriptThePreviewButtonShowsTheFormWithThePreview() throws Exception {
		Document page = html(create(RecruiterFixture.form("Preview engineer", "action", "preview", "description",
				"*hello* <b onclick=x()>there</b>")));

		assertThat(page.select("#description-preview em").text()).isEqualTo("hello");
		assertThat(page.select("#description-preview [onclick]")).isEmpty();
		assertThat(page.select("textarea[name=description]").text()).isEqualTo("*hello* <b onclick=x()>there</b>");
		assertThat(page.select("textarea[name=description]").attr("hx-post")).isEqualTo("/recruiter/postings/preview");
	}

	@Test
	void theEditFormShowsTheStoredPostingAndSavesChanges() throws Exception {
		long id = Long.parseLong(create(RecruiterFixture.form("Bandicoot engineer")).getRedirectedUrl()
			.replaceAll("\\D", ""));

		Document form = this.browser.page("/recruiter/postings/" + id + "/edit");
		assertThat(form.select("input[name=title]").val()).isEqualTo("Bandicoot engineer");
		assertThat(form.select("input[name=version]").val()).isEqualTo("0");
		assertThat(form.select("#description-preview strong").text()).isEqualTo("models");

		MockHttpServletResponse saved = this.browser.post("/recruiter/postings/" + id + "/edit",
				RecruiterFixture.form("Bandicoot staff engineer", "version", "0"));

		assertThat(saved.getRedirectedUrl()).isEqualTo("/recruiter/postings/" + id);
		assertThat(this.postings.find(id).getTitle()).isEqualTo("Bandicoot staff engineer");
	}

	@Test
	void anApprovedPostingWhoseApplyLinkChangesIsOffTheBoardUntilReviewedAndTheRecruiterIsToldWhy()
			throws Exception {
		MockHttpServletResponse created = create(RecruiterFixture.form("Kowarilink engineer", "applyUrl",
				"https://careers.example/kowari"));
		long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
		this.browser.follow(created);
		this.postings.submit(this.recruiter.id(), this.recruiter.companyId(), id);
		JobPosting approved = this.postings.approve(this.recruiter.id(), id);
		assertThat(this.browser.get("/jobs/" + id + "/external-apply").getRedirectedUrl())
			.isEqualTo("https://careers.example/kowari");
		this.browser.page("/recruiter/postings/" + id + "/edit");

		MockHttpServletResponse saved = this.browser.post("/recruiter/postings/" + id + "/edit",
				RecruiterFixture.form("Kowarilink engineer", "applyUrl", "https://evil.example/phish-login",
						"version", String.valueOf(approved.getVersion())));

		assertThat(saved.getRedirectedUrl()).isEqualTo("/recruiter/postings/" + id);
		assertThat(this.browser.follow(saved).select("[role=status]").text()).contains("the way to apply changed")
			.contains("reviews the posting again");
		assertThat(this.postings.find(id).getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
		MockHttpServletResponse click = this.browser.get("/jobs/" + id + "/external-apply");
		assertThat(click.getStatus()).isEqualTo(404);
		assertThat(click.getRedirectedUrl()).isNull();
	}

	@Test
	void closingAsksForConfirmationAndAReason() throws Exception {
		Recruiter verified = this.fixture.recruiter(true);
		WebSession session = WebSession.loggedInAs(this.mvc, verified.account());
		JobPosting posting = this.postings.submit(verified.id(), verified.companyId(), this.postings
			.createDraft(verified.id(), verified.company(), RecruiterFixture.input("Closing engineer")).getId());

		Document confirm = session.page("/recruiter/postings/" + posting.getId() + "/close");
		assertThat(confirm.select("input[name=reason]")).hasSize(2);
		Document noReason = html(session.post("/recruiter/postings/" + posting.getId() + "/close"));
		assertThat(noReason.select("#reason-error").text()).isEqualTo("Choose why you close the posting.");
		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);

		MockHttpServletResponse closed = session.post("/recruiter/postings/" + posting.getId() + "/close", "reason",
				"FILLED");

		Document page = session.follow(closed);
		assertThat(page.select("#status").text()).isEqualTo("Closed");
		assertThat(page.select("#history li").last().text()).contains("Published").contains("Closed").contains("Filled");
	}

	@Test
	void extendRelistAndDuplicateWorkFromThePostingsPage() throws Exception {
		Recruiter verified = this.fixture.recruiter(true);
		WebSession session = WebSession.loggedInAs(this.mvc, verified.account());
		JobPosting posting = this.postings.submit(verified.id(), verified.companyId(), this.postings
			.createDraft(verified.id(), verified.company(), RecruiterFixture.input("Cycle engineer")).getId());
		String base = "/recruiter/postings/" + posting.getId();
		session.page(base);

		Document refused = session.follow(session.post(base + "/extend", "days", "120"));
		assertThat(refused.select("[role=alert]").text()).contains("7 to 90 days");
		assertThat(session.follow(session.post(base + "/extend", "days", "30")).select("[role=status]").text())
			.contains("open longer");
		Document wrongState = session.follow(session.post(base + "/relist", "days", "30"));
		assertThat(wrongState.select("[role=alert]").text()).contains("Published");
		session.post(base + "/close", "reason", "CANCELLED");
		assertThat(session.follow(session.post(base + "/relist", "days", "14")).select("#status").text())
			.isEqualTo("Published");

		MockHttpServletResponse duplicated = session.post(base + "/duplicate");
		assertThat(duplicated.getRedirectedUrl()).matches("/recruiter/postings/\\d+/edit")
			.isNotEqualTo(base + "/edit");
		assertThat(session.follow(duplicated).select("input[name=title]").val()).isEqualTo("Cycle engineer");
	}

}
