package ai.slope.jobs.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.ProgramFixture;
import ai.slope.jobs.RemotePolicy;
import ai.slope.system.TestClock;
import ai.slope.web.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code /programs}, the opening type on {@code /jobs}, the cards' badges, a role's programs, and the program
 * parameters of the API and the feed. Every posting here has "quokkaology" in its title, so each search sees only
 * these (the application is shared with other tests).
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramPagesTests {

	static final String[] PROGRAM_PARAMETERS = { "openingType", "mentoring", "noAiExperience" };

	@Autowired
	MockMvc mvc;

	@Autowired
	PostingFixture postings;

	@Autowired
	ProgramFixture programs;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	JobPosting residency;

	@BeforeAll
	void createProgramsAndAJob() {
		Company company = this.postings.company("Quokka Institute");
		this.postings.posting(company, "applied-scientist", "Quokkaology scientist").save();
		this.residency = this.programs.program(company, "applied-scientist", "Quokkaology residency",
				OpeningType.RESIDENCY)
			.deadlineInDays(40)
			.save();
		this.programs.program(company, "applied-scientist", "Quokkaology internship", OpeningType.INTERNSHIP)
			.deadlineInDays(3)
			.mentoring(false)
			.noAiExperienceNeeded()
			.location(RemotePolicy.REMOTE, "AU")
			.save();
		this.programs.program(company, "applied-scientist", "Quokkaology career switch", OpeningType.CAREER_SWITCH)
			.deadlineInDays(20)
			.noAiExperienceNeeded()
			.payUpTo(120_000)
			.save();
	}

	Document page(String url) throws Exception {
		return page(url, Locale.ENGLISH);
	}

	Document page(String url, Locale locale) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).locale(locale)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	static java.util.List<String> titles(Document page) {
		return page.select(".job-card h3").eachText();
	}

	@Test
	void programsListsOnlyProgramsTheDeadlineSoonestFirstWithTheirCounts() throws Exception {
		Document programs = page("/programs?q=quokkaology");

		assertThat(titles(programs)).containsExactly("Quokkaology internship", "Quokkaology career switch",
				"Quokkaology residency");
		assertThat(programs.select("#result-count").text()).isEqualTo("3 programs");
		assertThat(programs.select("h1").text()).isEqualTo("Programs");
		assertThat(programs.select("input[name=openingType]").eachAttr("value"))
			.containsExactly("internship", "residency", "fellowship", "career-switch");
		assertThat(programs.select("input[name=openingType][checked]")).isEmpty();
		assertThat(programs.select("#openingType-internship ~ .count").text()).isEqualTo("1");
		assertThat(programs.select("#openingType-fellowship").hasAttr("disabled")).isTrue();
		assertThat(programs.select("#noAiExperience ~ .count").text()).isEqualTo("2");
		assertThat(programs.select("#mentoring ~ .count").text()).isEqualTo("2");
		assertThat(programs.select("fieldset:has(#mentoring) legend").text()).isEqualTo("Program terms");
		assertThat(programs.select("input[name=seniority], input[name=days]")).as("not a program filter").isEmpty();
		assertThat(programs.select("#sort option[selected]").text()).isEqualTo("Deadline soonest");
		assertThat(programs.select("#search-form").attr("action")).isEqualTo("/programs");
		assertThat(programs.select("nav a.nav-link[href=/programs]").text()).isEqualTo("Programs");
		assertThat(programs.select("#save-search").attr("href")).isEqualTo("/alerts/new?q=quokkaology"
				+ "&openingType=career-switch&openingType=fellowship&openingType=internship&openingType=residency");
	}

	@Test
	void programsFiltersAsTheJobsPageDoesAndCountsEachGroupWithoutItsOwnFilter() throws Exception {
		Document noExperience = page("/programs?q=quokkaology&noAiExperience=true");
		assertThat(titles(noExperience)).containsExactly("Quokkaology internship", "Quokkaology career switch");
		assertThat(noExperience.select("#noAiExperience").hasAttr("checked")).isTrue();
		assertThat(noExperience.select("#noAiExperience ~ .count").text()).isEqualTo("2");
		assertThat(noExperience.select("#mentoring ~ .count").text()).isEqualTo("1");
		assertThat(noExperience.select("#openingType-residency ~ .count").text()).isEqualTo("0");

		Document residency = page("/programs?q=quokkaology&openingType=residency&openingType=internship&mentoring=true");
		assertThat(titles(residency)).containsExactly("Quokkaology residency");
		assertThat(residency.select("#openingType-internship ~ .count").text()).isEqualTo("0");
		assertThat(residency.select("#openingType-career-switch ~ .count").text()).isEqualTo("1");

		assertThat(titles(page("/programs?q=quokkaology&remote=remote&country=AU")))
			.containsExactly("Quokkaology internship");
		assertThat(titles(page("/programs?q=quokkaology&salary=100000")))
			.containsExactly("Quokkaology career switch");
		assertThat(titles(page("/programs?q=quokkaology&role=applied-scientist&sort=newest"))).hasSize(3);
		assertThat(titles(page("/programs?q=quokkaology&openingType=job"))).as("a job is no program").hasSize(3);
	}

	@Test
	void programsArePagedAndSayWhenNothingMatches() throws Exception {
		Document first = page("/programs?q=quokkaology&size=2");
		assertThat(titles(first)).containsExactly("Quokkaology internship", "Quokkaology career switch");
		assertThat(first.select("a[href=/programs?q=quokkaology&page=2&size=2]")).isNotEmpty();
		assertThat(titles(page("/programs?q=quokkaology&size=2&page=2"))).containsExactly("Quokkaology residency");

		Document none = page("/programs?q=quokkaology&openingType=fellowship");
		assertThat(none.select("#no-results").text()).contains("No open programs match this search.");
		assertThat(none.select("#result-count").text()).isEqualTo("No programs");
	}

	@Test
	void programsSpeakChinese() throws Exception {
		Document programs = page("/programs?q=quokkaology", Locale.SIMPLIFIED_CHINESE);

		assertThat(programs.select("h1").text()).isEqualTo("项目");
		assertThat(programs.select("label[for=noAiExperience]").text()).isEqualTo("无需 AI 经验");
		assertThat(programs.select("fieldset:has(#mentoring) legend").text()).as("not the nav's 项目").isEqualTo("项目特点");
		assertThat(programs.select("#result-count").text()).isEqualTo("3 个项目");
		assertThat(programs.select(".opening-type").eachText()).contains("实习", "AI 驻留项目", "转行培养计划");
		assertThat(programs.select(".closes-soon").eachText()).containsExactly("3 天后截止");
	}

	@Test
	void jobsHasTheOpeningTypeAsAFilterWithCounts() throws Exception {
		Document all = page("/jobs?q=quokkaology");
		assertThat(titles(all)).hasSize(4);
		assertThat(all.select("input[name=openingType]").eachAttr("value"))
			.containsExactly("job", "internship", "residency", "fellowship", "career-switch");
		assertThat(all.select("#openingType-job ~ .count").text()).isEqualTo("1");
		assertThat(all.select("#openingType-residency ~ .count").text()).isEqualTo("1");
		assertThat(all.select("input[name=mentoring]")).as("program filters only for programs").isEmpty();

		Document jobs = page("/jobs?q=quokkaology&openingType=job");
		assertThat(titles(jobs)).containsExactly("Quokkaology scientist");
		assertThat(jobs.select("#openingType-internship ~ .count").text()).isEqualTo("1");
		assertThat(jobs.select(".job-card .opening-type")).as("a job has no badge").isEmpty();
		assertThat(jobs.select("#result-count").text()).as("a search of jobs alone counts jobs").isEqualTo("1 job");

		Document internships = page("/jobs?q=quokkaology&openingType=internship&openingType=residency");
		assertThat(titles(internships)).containsExactlyInAnyOrder("Quokkaology internship", "Quokkaology residency");
		assertThat(internships.select("input[name=noAiExperience]")).isNotEmpty();
		assertThat(internships.select("#result-count").text()).as("programs are no jobs").isEqualTo("2 openings");
	}

	@Test
	void aCardSaysWhenAProgramClosesWithinTwoWeeks() throws Exception {
		Document programs = page("/programs?q=quokkaology");
		assertThat(programs.select(".job-card:has(a:contains(Quokkaology internship)) .closes-soon").text())
			.isEqualTo("Closes in 3 days");
		assertThat(programs.select(".job-card:has(a:contains(Quokkaology career switch)) .closes-soon"))
			.as("20 days away").isEmpty();
		assertThat(programs.select(".job-card:has(a:contains(Quokkaology internship)) .opening-type").text())
			.isEqualTo("Internship");
		try {
			this.clock.advance(Duration.ofDays(2));
			assertThat(page("/programs?q=quokkaology").select(".closes-soon").eachText())
				.containsExactly("Closes tomorrow");
			this.clock.advance(Duration.ofDays(1));
			assertThat(page("/programs?q=quokkaology").select(".closes-soon").eachText())
				.containsExactly("Closes today");
			this.clock.advance(Duration.ofDays(7));
			Document later = page("/programs?q=quokkaology");
			assertThat(titles(later)).as("the internship closed").doesNotContain("Quokkaology internship");
			assertThat(later.select(".closes-soon").eachText()).containsExactly("Closes in 10 days");
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void aRolePageShowsItsProgramsTheDeadlineSoonestFirstOrNothing() throws Exception {
		Document role = page("/roles/applied-scientist");
		assertThat(role.select("#role-programs .job-card h3").eachText()).startsWith("Quokkaology internship");
		assertThat(role.select("#role-programs-all").attr("href")).isEqualTo("/programs?role=applied-scientist");

		Document without = page("/roles/hardware-engineer");
		assertThat(without.select("#role-programs")).isEmpty();
	}

	@Test
	void theApiAndTheFeedTakeTheProgramParameters() throws Exception {
		String body = this.mvc.perform(get("/api/v1/jobs?q=quokkaology&openingType=internship&openingType=career-switch"
				+ "&noAiExperience=true&sort=deadline")).andReturn().getResponse().getContentAsString();
		JsonNode list = this.json.readTree(body);
		assertThat(list.get("total").asLong()).isEqualTo(2);
		JsonNode first = list.get("items").get(0);
		assertThat(first.get("title").asString()).isEqualTo("Quokkaology internship");
		assertThat(first.get("openingType").asString()).isEqualTo("internship");
		assertThat(first.get("program").get("mentoring").asBoolean()).isFalse();
		assertThat(first.get("program").get("aiExperienceRequired").asBoolean()).isFalse();
		assertThat(first.get("program").get("lengthUnit").asString()).isEqualTo("months");
		assertThat(first.get("program").get("applicationDeadline").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(first.get("program").get("applicationsClose").asString()).endsWith("Z");
		assertThat(list.get("facets").get("openingType").get("residency")).isNull();
		assertThat(list.get("facets").get("noAiExperience").get("true").asLong()).isEqualTo(2);
		String job = this.mvc.perform(get("/api/v1/jobs?q=quokkaology&openingType=job"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode jobItem = this.json.readTree(job).get("items").get(0);
		assertThat(jobItem.get("openingType").asString()).isEqualTo("job");
		assertThat(jobItem.get("program").isNull()).isTrue();

		JsonNode detail = this.json.readTree(this.mvc.perform(get("/api/v1/jobs/" + this.residency.getId()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(detail.get("openingType").asString()).isEqualTo("residency");
		assertThat(detail.get("program").get("length").asInt()).isEqualTo(6);
		assertThat(detail.get("program").get("mentoring").asBoolean()).isTrue();
		assertThat(detail.get("eligibility").asString()).isEqualTo("Anyone with a degree in a quantitative field.");
		assertThat(detail.get("eligibilityHtml").asString()).contains("<p>Anyone with a degree");

		String feed = this.mvc.perform(get("/jobs/feed.atom?q=quokkaology&openingType=residency").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).contains("Quokkaology residency", "AI residency · Apply by ")
			.doesNotContain("Quokkaology internship", "Quokkaology scientist");
		String programsFeed = this.mvc.perform(get("/jobs/feed.atom?openingType=residency&openingType=internship"
				+ "&openingType=fellowship&openingType=career-switch").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(programsFeed).contains("<title>Slope: new AI programs", "href=\"https://slope.test/programs\"")
			.doesNotContain("Quokkaology scientist");
	}

	@Test
	void aBadProgramParameterGetsAMessageAndA400() throws Exception {
		MockHttpServletResponse unknown = this.mvc.perform(get("/programs?openingType=astronaut").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse();
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(unknown.getContentAsString()).select("#search-errors").text())
			.contains("There is no kind of opening “astronaut”");
		MockHttpServletResponse api = this.mvc.perform(get("/api/v1/jobs?mentoring=perhaps")).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("mentoring");
		assertThat(this.mvc.perform(get("/jobs/feed.atom?noAiExperience=sometimes")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(this.mvc.perform(get("/programs?page=99999999999")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void hostileProgramParametersAreRefusedAndNeverFail() throws Exception {
		String[] parameters = java.util.stream.Stream
			.concat(java.util.Arrays.stream(JobsHostileInputTests.SEARCH), java.util.Arrays.stream(PROGRAM_PARAMETERS))
			.toArray(String[]::new);
		new HostileInput(new WebSession(this.mvc), this.jdbc).get("/programs", Map.of(), parameters)
			.get("/jobs", Map.of(), PROGRAM_PARAMETERS)
			.get("/api/v1/jobs", Map.of(), PROGRAM_PARAMETERS)
			.get("/jobs/feed.atom", Map.of(), PROGRAM_PARAMETERS)
			.paths("/programs?page=2147483647", "/programs?page=99999999999&size=-1",
					"/programs?openingType=%7Bx%7D&sort=deadline")
			.verify();
	}

}
