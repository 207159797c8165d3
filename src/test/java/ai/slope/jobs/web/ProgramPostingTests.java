package ai.slope.jobs.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.Postings;
import ai.slope.jobs.ProgramLengthUnit;
import ai.slope.jobs.ProgramTerms;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.jobs.RecruiterFixture.Recruiter;
import ai.slope.system.TestClock;
import ai.slope.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Programs as a recruiter writes them (the form and the JSON API, with their rules and messages beside the fields)
 * and as the public page and Google for Jobs show them.
 */
@WebIntegrationTest
class ProgramPostingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	Postings postings;

	@Autowired
	JsonMapper json;

	@Autowired
	TestClock clock;

	Recruiter recruiter;

	WebSession browser;

	@BeforeEach
	void logIn() throws Exception {
		this.recruiter = this.fixture.recruiter(true);
		this.browser = WebSession.loggedInAs(this.mvc, this.recruiter.account());
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	private LocalDate today() {
		return this.clock.instant().atOffset(ProgramTerms.ANYWHERE_ON_EARTH).toLocalDate();
	}

	private String[] programForm(String title, String... overrides) {
		String[] program = { "openingType", "CAREER_SWITCH", "applicationDeadline", today().plusDays(20).toString(),
				"cohortStart", today().plusDays(60).toString(), "programLength", "6", "programLengthUnit", "MONTHS",
				"mentoring", "true", "aiExperienceRequired", "false", "eligibility",
				"- Three years in **another field**" };
		String[] all = new String[program.length + overrides.length];
		System.arraycopy(program, 0, all, 0, program.length);
		System.arraycopy(overrides, 0, all, program.length, overrides.length);
		return RecruiterFixture.form(title, all);
	}

	private Document create(String... fields) throws Exception {
		this.browser.page("/recruiter/postings/new");
		MockHttpServletResponse response = this.browser.post("/recruiter/postings", fields);
		assertThat(response.getStatus()).isLessThan(500);
		return Jsoup.parse(response.getContentAsString());
	}

	private JobPosting publish(PostingInput input) {
		JobPosting draft = this.postings.createDraft(this.recruiter.id(), this.recruiter.company(), input);
		return this.postings.submit(this.recruiter.id(), this.recruiter.companyId(), draft.getId());
	}

	private PostingInput program(String title, OpeningType type, LocalDate deadline, boolean experience,
			String eligibility) {
		PostingInput base = RecruiterFixture.input(title);
		return new PostingInput(base.roleType(), title, base.seniority(),
				(type == OpeningType.INTERNSHIP) ? EmploymentType.INTERNSHIP : base.employmentType(), base.remotePolicy(),
				base.city(), base.country(), base.salaryMin(), base.salaryMax(), base.salaryCurrency(),
				base.salaryPeriod(), base.visaSponsorship(), base.skills(), base.description(), null, 60, type,
				new ProgramTerms(deadline.plusDays(40), 6, ProgramLengthUnit.MONTHS, deadline, true, experience,
						eligibility));
	}

	private Document publicPage(JobPosting posting, Locale locale) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/jobs/" + posting.getId() + "-" + posting.getSlug()).locale(locale)
			.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString());
	}

	// the form

	@Test
	void theFormOffersTheOpeningTypesAndTheProgramsFieldsWithTheirHint() throws Exception {
		Document form = this.browser.page("/recruiter/postings/new");

		assertThat(form.select("select[name=openingType] option").eachAttr("value")).containsExactly("JOB",
				"INTERNSHIP", "RESIDENCY", "FELLOWSHIP", "CAREER_SWITCH");
		assertThat(form.select("select[name=openingType] option[selected]").val()).isEqualTo("JOB");
		assertThat(form.select("#program-fields input[name=applicationDeadline][type=date]")).hasSize(1);
		assertThat(form.select("#program-fields textarea[name=eligibility]")).hasSize(1);
		assertThat(form.select("#program-hint").text()).contains("apply to programs only");
		assertThat(form.select("#opening > legend").text())
			.as("the heading is not the field's label again").isEqualTo("Job or program");
		assertThat(form.select("label[for=openingType]").text()).isEqualTo("Kind of opening");
	}

	@Test
	void aRecruiterWritesACareerSwitchProgramThroughTheForm() throws Exception {
		this.browser.page("/recruiter/postings/new");
		MockHttpServletResponse response = this.browser.post("/recruiter/postings", programForm("Kiwi ML accelerator"));

		assertThat(response.getRedirectedUrl()).matches("/recruiter/postings/\\d+");
		long id = Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", ""));
		JobPosting saved = this.postings.find(id);
		assertThat(saved.getOpeningType()).isEqualTo(OpeningType.CAREER_SWITCH);
		assertThat(saved.getProgramTerms()).isEqualTo(new ProgramTerms(today().plusDays(60), 6,
				ProgramLengthUnit.MONTHS, today().plusDays(20), true, false, "- Three years in **another field**"));
		Document edit = this.browser.page("/recruiter/postings/" + id + "/edit");
		assertThat(edit.select("input[name=applicationDeadline]").val()).isEqualTo(today().plusDays(20).toString());
		assertThat(edit.select("input[name=aiExperienceRequired][value=false]").hasAttr("checked")).isTrue();
		assertThat(edit.select("select[name=openingType] option[selected]").val()).isEqualTo("CAREER_SWITCH");
	}

	@Test
	void aJobDropsWhatWasTypedInTheProgramsFields() throws Exception {
		this.browser.page("/recruiter/postings/new");
		MockHttpServletResponse response = this.browser.post("/recruiter/postings",
				programForm("Plain job", "openingType", "JOB", "programLength", "many", "applicationDeadline", "soon"));

		assertThat(response.getRedirectedUrl()).matches("/recruiter/postings/\\d+");
		JobPosting saved = this.postings.find(Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", "")));
		assertThat(saved.getOpeningType()).isEqualTo(OpeningType.JOB);
		assertThat(saved.getProgramTerms()).isNull();
		assertThat(saved.getApplicationDeadline()).isNull();
	}

	@Test
	void eachProgramRuleIsRefusedWithItsMessageBesideItsField() throws Exception {
		Document none = create(programForm("No deadline", "applicationDeadline", ""));
		assertThat(none.select("#applicationDeadline-error").text())
			.isEqualTo("Give the last day to apply: a program closes itself then.");

		Document past = create(programForm("Past", "applicationDeadline", today().minusDays(1).toString(),
				"cohortStart", ""));
		assertThat(past.select("#applicationDeadline-error").text())
			.isEqualTo("This day has passed everywhere on Earth: choose today or a later day.");

		Document far = create(programForm("Far", "applicationDeadline", today().plusYears(3).toString(),
				"cohortStart", ""));
		assertThat(far.select("#applicationDeadline-error").text())
			.isEqualTo("Choose a deadline at most 2 years from today.");

		Document cohort = create(programForm("Early cohort", "cohortStart", today().plusDays(5).toString()));
		assertThat(cohort.select("#cohortStart-error").text())
			.isEqualTo("The cohort cannot start before the application deadline.");

		Document length = create(programForm("Long", "programLength", "521"));
		assertThat(length.select("#programLength-error").text()).isEqualTo("Give a length from 1 to 520.");

		Document noUnit = create(programForm("No unit", "programLengthUnit", ""));
		assertThat(noUnit.select("#programLengthUnit-error").text()).isEqualTo("Choose weeks or months for the length.");

		Document noLength = create(programForm("No length", "programLength", ""));
		assertThat(noLength.select("#programLength-error").text())
			.isEqualTo("Give the length, or leave the unit empty.");

		Document intern = create(programForm("Intern", "openingType", "INTERNSHIP", "employmentType", "FULL_TIME"));
		assertThat(intern.select("#employmentType-error").text())
			.isEqualTo("An internship is employed as an intern: choose “Internship”.");

		Document eligibility = create(programForm("Wordy", "eligibility", "x".repeat(5_001)));
		assertThat(eligibility.select("#eligibility-error").text()).isEqualTo("This is too long: at most 5000 characters.");
		assertThat(eligibility.select("textarea[name=eligibility]").text()).hasSize(5_001);
	}

	@Test
	void aDeadlineInThePastIsRefusedInChineseToo() throws Exception {
		WebSession chinese = this.browser.in(Locale.SIMPLIFIED_CHINESE);
		chinese.page("/recruiter/postings/new");
		Document page = Jsoup.parse(chinese.post("/recruiter/postings",
				programForm("过去", "applicationDeadline", today().minusDays(2).toString(), "cohortStart", ""))
			.getContentAsString());

		assertThat(page.select("#applicationDeadline-error").text()).isEqualTo("这一天在地球上所有地方都已过去：请选择今天或之后的日期。");
	}

	@Test
	void malformedDatesHugeLengthsAndFarYearsGetAMessageNotAFailure() throws Exception {
		Document malformed = create(programForm("Malformed", "applicationDeadline", "2027-02-30"));
		assertThat(malformed.select("#applicationDeadline-error").text())
			.isEqualTo("“2027-02-30” is not a date: choose one, such as 2027-03-31.");
		assertThat(malformed.select("input[name=applicationDeadline]").val()).isEqualTo("2027-02-30");

		Document farYear = create(programForm("Far year", "applicationDeadline", "99999-01-01", "cohortStart", ""));
		assertThat(farYear.select("#applicationDeadline-error").text()).isNotEmpty();

		Document huge = create(programForm("Huge", "programLength", "99999999999999"));
		assertThat(huge.select("#programLength-error").text()).isEqualTo("“99999999999999” is not a whole number.");

		this.browser.page("/recruiter/postings/new");
		MockHttpServletResponse nul = this.browser.post("/recruiter/postings",
				programForm("Nul", "eligibility", "who\u0000ever"));
		assertThat(nul.getStatus()).isEqualTo(400);
		assertThat(nul.getContentAsString()).contains("eligibility");
	}

	@Test
	void aProgramsPostingPageOffersToMoveTheDeadlineRatherThanExtend() throws Exception {
		LocalDate deadline = today().plusDays(5);
		JobPosting posting = publish(program("Weka residency", OpeningType.RESIDENCY, deadline, true, null));
		String path = "/recruiter/postings/" + posting.getId();

		Document page = this.browser.page(path);
		assertThat(page.select("#move-deadline").attr("href")).isEqualTo(path + "/edit#applicationDeadline");
		assertThat(page.select("form[action$=/extend]")).isEmpty();
		assertThat(page.select("#application-deadline time").attr("datetime")).isEqualTo(deadline.toString());
		assertThat(page.select("#application-deadline").text())
			.isEqualTo(Formats.dateOf(deadline, Locale.ENGLISH) + ", end of the day Anywhere on Earth");

		Document refused = this.browser.follow(this.browser.post(path + "/extend", "days", "30"));
		assertThat(refused.select("#problem").text()).isEqualTo(
				"A program stays open until its application deadline: to keep it open longer, move the deadline in the form.");
		assertThat(this.postings.find(posting.getId()).getExpiresAt()).isEqualTo(ProgramTerms.closingTime(deadline));
	}

	@Test
	void aDraftWhoseDeadlinePassedIsRefusedOnSubmitWithAMessage() throws Exception {
		JobPosting draft = this.postings.createDraft(this.recruiter.id(), this.recruiter.company(),
				program("Ruru fellowship", OpeningType.FELLOWSHIP, today().plusDays(1), true, null));
		this.clock.advance(java.time.Duration.ofDays(3));
		String path = "/recruiter/postings/" + draft.getId();
		this.browser.page(path);

		Document page = this.browser.follow(this.browser.post(path + "/submit"));

		assertThat(page.select("#problem").text()).startsWith("The application deadline has passed: move it");
		assertThat(this.postings.find(draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
	}

	@Test
	void anAdminApprovingAProgramWhoseDeadlinePassedIsToldWhy() throws Exception {
		Recruiter unverified = this.fixture.recruiter(false);
		JobPosting draft = this.postings.createDraft(unverified.id(), unverified.company(),
				program("Hoiho residency", OpeningType.RESIDENCY, today().plusDays(1), true, null));
		JobPosting waiting = this.postings.submit(unverified.id(), unverified.companyId(), draft.getId());
		this.clock.advance(java.time.Duration.ofDays(3));
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		admin.page("/admin/postings");

		Document queue = admin.follow(admin.post("/admin/postings/" + waiting.getId() + "/approve"));

		assertThat(queue.select("#problem").text()).startsWith("The application deadline has passed");
		assertThat(this.postings.find(waiting.getId()).getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
	}

	// the public page

	@Test
	void aProgramsPageShowsItsTermsAndABadgeOfTheDaysLeft() throws Exception {
		JobPosting posting = publish(program("Kea ML accelerator", OpeningType.CAREER_SWITCH, today().plusDays(10),
				false, "- Three years in **another field**\n\n<script>alert(1)</script>"));

		Document page = publicPage(posting, Locale.ENGLISH);

		assertThat(page.select("#opening-type").text()).isEqualTo("Career-switch program");
		assertThat(page.select("#deadline-badge").text()).isEqualTo("Closes in 10 days");
		assertThat(page.select("#no-experience-badge").text()).isEqualTo("No AI experience needed");
		assertThat(page.select("#program-type").text()).isEqualTo("Career-switch program");
		assertThat(page.select("#program-length").text()).isEqualTo("6 months");
		assertThat(page.select("#program-mentoring").text()).isEqualTo("One-to-one mentoring included");
		assertThat(page.select("#program-experience").text()).isEqualTo("No AI experience needed");
		assertThat(page.select("#program-deadline").text()).contains("end of the day Anywhere on Earth");
		assertThat(page.select("#program-cohort time").attr("datetime")).isEqualTo(today().plusDays(50).toString());
		assertThat(page.select("#eligibility strong").text()).isEqualTo("another field");
		assertThat(page.select("#eligibility script")).isEmpty();
		assertThat(page.select("#eligibility").html()).doesNotContain("<script");
		assertThat(page.select("#apply")).as("applying works as for jobs").isNotEmpty();
		assertThat(page.select(".breadcrumb-item a").first().attr("href")).as("a program is found among programs")
			.isEqualTo("/programs");
		assertThat(page.select(".breadcrumb-item a").first().text()).isEqualTo("Programs");

		Document chinese = publicPage(posting, Locale.SIMPLIFIED_CHINESE);
		assertThat(chinese.select("#deadline-badge").text()).isEqualTo("10 天后截止");
		assertThat(chinese.select("#program-experience").text()).isEqualTo("无需 AI 经验");
	}

	@Test
	void theBadgeSaysClosesTodayOnTheLastDayAndAJobHasNoProgramFacts() throws Exception {
		JobPosting lastDay = publish(program("Tui research fellowship", OpeningType.FELLOWSHIP, today(), true, null));
		Document page = publicPage(lastDay, Locale.ENGLISH);
		assertThat(page.select("#deadline-badge").text()).isEqualTo("Closes today");
		assertThat(page.select("#no-experience-badge")).isEmpty();
		assertThat(page.select("#program-experience").text()).isEqualTo("Prior AI/ML experience required");
		assertThat(page.select("#eligibility")).isEmpty();

		JobPosting job = publish(RecruiterFixture.input("Ordinary ML engineer"));
		Document jobPage = publicPage(job, Locale.ENGLISH);
		assertThat(jobPage.select("#program, #program-badges")).isEmpty();
		assertThat(jobPage.select(".breadcrumb-item a").first().attr("href")).isEqualTo("/jobs");
	}

	// Google for Jobs

	@Test
	void theJsonLdOfAProgramSaysWhatItIsWhenItClosesAndThatNoExperienceIsNeeded() throws Exception {
		LocalDate deadline = today().plusDays(12);
		JobPosting posting = publish(program("Moa ML accelerator", OpeningType.CAREER_SWITCH, deadline, false,
				"- Anyone with **grit**"));

		JsonNode ld = this.json.readTree(publicPage(posting, Locale.ENGLISH).select("script[type=application/ld+json]").html());

		assertThat(ld.get("title").asString()).isEqualTo("Moa ML accelerator (Career-switch program)");
		assertThat(ld.get("description").asString()).startsWith("<p>Career-switch program · Apply by: ")
			.contains("No AI experience needed", "One-to-one mentoring included", "<strong>grit</strong>",
					"Ship models");
		assertThat(ld.get("experienceRequirements").asString()).isEqualTo("no requirements");
		assertThat(ld.get("validThrough").asString()).isEqualTo(ProgramTerms.closingTime(deadline).toString());
		assertThat(ld.get("employmentType").asString()).isEqualTo("FULL_TIME");
	}

	@Test
	void theJsonLdOfAnInternshipIsAnInternsWithTheExperienceItAsksFor() throws Exception {
		JobPosting posting = publish(program("Summer Internship in Vision", OpeningType.INTERNSHIP,
				today().plusDays(30), true, null));

		JsonNode ld = this.json.readTree(publicPage(posting, Locale.ENGLISH).select("script[type=application/ld+json]").html());

		assertThat(ld.get("employmentType").asString()).isEqualTo("INTERN");
		assertThat(ld.get("title").asString()).as("the title names it already")
			.isEqualTo("Summer Internship in Vision");
		assertThat(ld.has("experienceRequirements")).as("no number of months is made up").isFalse();
		assertThat(ld.get("description").asString()).contains("Prior AI/ML experience required");
	}

	// the API

	private MockHttpServletResponse sendJson(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		this.browser.page("/recruiter/postings");
		return this.browser.send(request.contentType(MediaType.APPLICATION_JSON).content(body), true);
	}

	private String apiBody(String title, String programJson) {
		return """
				{"roleType": "ml-engineer", "title": "%s", "seniority": "entry", "employmentType": null,
				 "remotePolicy": "hybrid", "city": "Berlin", "country": "DE",
				 "salary": {"min": 3000, "max": 4000, "currency": "EUR", "period": "month"},
				 "skills": ["PyTorch"], "description": "## About\\n\\nLearn **fast**.", "openingType": "internship",
				 "program": %s}""".formatted(title, programJson);
	}

	@Test
	void theApiWritesAProgramAndAnswersItsTerms() throws Exception {
		String deadline = today().plusDays(21).toString();
		MockHttpServletResponse created = sendJson(post("/api/v1/recruiter/postings"), apiBody("API internship",
				"{\"applicationDeadline\": \"%s\", \"length\": 12, \"lengthUnit\": \"weeks\", \"mentoring\": true, \"aiExperienceRequired\": false, \"eligibility\": \"Students\"}"
					.formatted(deadline)));

		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		JsonNode item = this.json.readTree(created.getContentAsString());
		assertThat(item.get("openingType").asString()).isEqualTo("internship");
		assertThat(item.get("employmentType").asString()).as("an intern's by default").isEqualTo("internship");
		assertThat(item.at("/program/applicationDeadline").asString()).isEqualTo(deadline);
		assertThat(item.at("/program/lengthUnit").asString()).isEqualTo("weeks");
		assertThat(item.at("/program/aiExperienceRequired").asBoolean()).isFalse();
		assertThat(item.at("/program/closesAt").asString())
			.isEqualTo(ProgramTerms.closingTime(LocalDate.parse(deadline)).toString());

		long id = item.get("id").asLong();
		String later = today().plusDays(45).toString();
		String update = apiBody("API internship", "{\"applicationDeadline\": \"%s\"}".formatted(later))
			.replace("}\"", "}\"").replaceFirst("\\}$", ", \"version\": " + item.get("version").asLong() + "}");
		MockHttpServletResponse updated = sendJson(put("/api/v1/recruiter/postings/" + id), update);
		assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(200);
		assertThat(this.postings.find(id).getApplicationDeadline()).isEqualTo(LocalDate.parse(later));
		assertThat(this.postings.find(id).getStatus()).isEqualTo(JobStatus.DRAFT);
	}

	@Test
	void theApiAnswersBadProgramInputWithProblemsNamingTheFields() throws Exception {
		MockHttpServletResponse past = sendJson(post("/api/v1/recruiter/postings"), apiBody("Past",
				"{\"applicationDeadline\": \"%s\"}".formatted(today().minusDays(3))));
		assertThat(past.getStatus()).isEqualTo(400);
		assertThat(past.getContentType()).contains("application/problem+json");
		JsonNode problem = this.json.readTree(past.getContentAsString());
		assertThat(problem.at("/errors/0/parameter").asString()).isEqualTo("program.applicationDeadline");
		assertThat(problem.at("/errors/0/message").asString())
			.isEqualTo("This day has passed everywhere on Earth: choose today or a later day.");

		MockHttpServletResponse malformed = sendJson(post("/api/v1/recruiter/postings"),
				apiBody("Malformed", "{\"applicationDeadline\": \"2027-13-45\", \"lengthUnit\": \"fortnights\"}"));
		assertThat(malformed.getStatus()).isEqualTo(400);
		assertThat(malformed.getContentAsString()).contains("program.applicationDeadline", "is not a date",
				"program.lengthUnit");

		MockHttpServletResponse farYear = sendJson(post("/api/v1/recruiter/postings"),
				apiBody("Far", "{\"applicationDeadline\": \"+99999-01-01\"}"));
		assertThat(farYear.getStatus()).isEqualTo(400);
		assertThat(farYear.getContentAsString()).contains("at most 2 years");

		MockHttpServletResponse hugeLength = sendJson(post("/api/v1/recruiter/postings"), apiBody("Huge",
				"{\"applicationDeadline\": \"%s\", \"length\": 99999999999999}".formatted(today().plusDays(5))));
		assertThat(hugeLength.getStatus()).isEqualTo(400);
		assertThat(this.json.readTree(hugeLength.getContentAsString()).at("/errors/0/parameter").asString())
			.as("a number beyond what the field holds names the field").isEqualTo("program.length");
		assertThat(this.json.readTree(hugeLength.getContentAsString()).at("/detail").asString())
			.startsWith("The value of “program.length” is not of the kind it must be");

		MockHttpServletResponse tooLong = sendJson(post("/api/v1/recruiter/postings"), apiBody("Long",
				"{\"applicationDeadline\": \"%s\", \"length\": 600, \"lengthUnit\": \"weeks\"}".formatted(today().plusDays(5))));
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(tooLong.getContentAsString()).contains("program.length", "from 1 to 520");

		MockHttpServletResponse nul = sendJson(post("/api/v1/recruiter/postings"), apiBody("Nul",
				"{\"applicationDeadline\": \"%s\", \"eligibility\": \"a\\u0000b\"}".formatted(today().plusDays(5))));
		assertThat(nul.getStatus()).isEqualTo(400);
		assertThat(nul.getContentAsString()).contains("program.eligibility");
	}

}
