package ai.slope.candidates.web;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CareerPosition;
import ai.slope.candidates.CareerPositions;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class PositionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	CareerPositions positions;

	@Autowired
	RecruiterFixture recruiters;

	private static MockHttpServletResponse add(WebSession browser, String title, String company, String seniority,
			String start, String end) throws Exception {
		browser.page("/profile/positions/new");
		return browser.post("/profile/positions", "title", title, "company", company, "seniority", seniority, "start",
				start, "end", end);
	}

	@Test
	void positionsMakeATimelineAndTheGrowthSaysHowItWasComputed() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		MockHttpServletResponse added = add(browser, "ML engineer", "Acme AI", "ENTRY", "2018-07", "2019-06");
		assertThat(added.getRedirectedUrl()).isEqualTo("/profile#career");
		assertThat(browser.follow(added).select("[role=status]").text()).isEqualTo("The position is added.");
		add(browser, "ML engineer", "Acme AI", "MID", "2019-07", "2021-06");
		Document page = browser.follow(add(browser, "Senior research engineer", "Beta Labs", "SENIOR", "2021-07", ""));

		assertThat(page.select(".career-step").eachAttr("data-seniority")).containsExactly("SENIOR", "MID", "ENTRY");
		assertThat(page.select(".career-step").first().select(".career-months").text()).isEqualTo("2021-07 – now");
		assertThat(page.select("#growth-rate dd").first().text()).isEqualTo("0.7");
		assertThat(page.select("#growth-rate .growth-how").text()).isEqualTo(
				"2 levels (Entry level → Senior) between 2018-07, the first position, and 2021-07, the first at Senior: 2 × 12 ÷ 36 months.");
		assertThat(page.select("#time-to-senior dd").first().text()).isEqualTo("3 years");
		assertThat(page.select("#time-to-senior .growth-how").text()).contains("36 months");

		Document zh = WebSession.loggedInAs(this.mvc, seeker).in(Locale.SIMPLIFIED_CHINESE).page("/profile");
		assertThat(zh.select("#career").text()).isEqualTo("职业经历");
		assertThat(zh.select("#time-to-senior dd").first().text()).isEqualTo("3 年");
		assertThat(zh.select("#growth-rate .growth-how").text()).contains("晋升 2 级（初级 → 高级）");
	}

	@Test
	void aPositionIsEditedRemovedAfterAConfirmationAndAConflictingEditIsRefused() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		browser.follow(add(browser, "Data scientist", "Gamma", "MID", "2020-01", ""));
		CareerPosition position = this.positions.of(seeker.getId()).get(0);
		String path = "/profile/positions/" + position.getId();

		Document form = browser.page(path + "/edit");
		String version = form.select("input[name=version]").val();
		assertThat(form.select("input[name=start]").val()).isEqualTo("2020-01");
		assertThat(form.select("#seniority option[selected]").val()).isEqualTo("MID");
		MockHttpServletResponse saved = browser.post(path, "title", "Senior data scientist", "company", "Gamma",
				"seniority", "SENIOR", "start", "2020-01", "end", "2023-12", "version", version);
		assertThat(browser.follow(saved).select("[role=status]").text()).isEqualTo("The position is saved.");
		CareerPosition changed = this.positions.find(seeker.getId(), position.getId());
		assertThat(changed.getSeniority().name()).isEqualTo("SENIOR");
		assertThat(changed.getEnd()).hasToString("2023-12");

		Document conflict = Jsoup.parse(browser.post(path, "title", "Old tab", "company", "Gamma", "seniority", "MID",
				"start", "2020-01", "end", "", "version", version).getContentAsString());
		assertThat(conflict.select("#conflict").text()).contains("“Senior data scientist” at Gamma, from 2020-01");
		assertThat(conflict.select("input[name=title]").val()).isEqualTo("Old tab");

		assertThat(browser.page(path + "/remove").select("h1").text())
			.isEqualTo("Remove “Senior data scientist” at Gamma?");
		assertThat(this.positions.of(seeker.getId())).as("nothing is removed by looking").hasSize(1);
		browser.post(path + "/remove");
		assertThat(this.positions.of(seeker.getId())).isEmpty();

		WebSession other = WebSession.loggedInAs(this.mvc, this.fixture.seeker());
		add(browser, "Again", "Gamma", "MID", "2020-01", "");
		long id = this.positions.of(seeker.getId()).get(0).getId();
		assertThat(other.get("/profile/positions/" + id + "/edit").getStatus()).as("another's position").isEqualTo(404);
		assertThat(other.get("/profile/positions/not-a-number/edit").getStatus()).isEqualTo(404);
	}

	@Test
	void problemsComeBackBesideTheirFieldsInEitherLanguage() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.seeker());

		Document page = Jsoup.parse(add(browser, " ", "Acme", "CEO", "March 2020", "").getContentAsString());
		assertThat(page.select("#title-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#seniority-error").text()).isNotEmpty();
		assertThat(page.select("#start-error").text()).isEqualTo("Enter a month as year and month, such as 2024-03.");
		assertThat(page.select("input[name=start]").val()).as("what was typed is kept").isEqualTo("March 2020");

		Document later = Jsoup.parse(add(browser, "Engineer", "Acme", "MID", "2022-05", "2021-01").getContentAsString());
		assertThat(later.select("#end-error").text()).isEqualTo("The last month cannot come before the first.");
		Document future = Jsoup.parse(add(browser, "Engineer", "Acme", "MID", "2999-01", "").getContentAsString());
		assertThat(future.select("#start-error").text()).startsWith("Give a month from 1950-01 to ");

		WebSession chinese = WebSession.loggedInAs(this.mvc, this.fixture.seeker(Locale.SIMPLIFIED_CHINESE));
		Document zh = Jsoup.parse(add(chinese, "", "", "", "", "").getContentAsString());
		assertThat(zh.select("#title-error").text()).isEqualTo("请填写此项。");
		assertThat(zh.select("#seniority-error").text()).isEqualTo("请选择一项。");
	}

	@Test
	void recruitersSeeTheCareerOnThePageAndTheGrowthInTheApi() throws Exception {
		String tag = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Account seeker = this.fixture.discoverable("Growth researcher", tag).save();
		this.positions.add(seeker.getId(), new CareerPositions.PositionInput("Engineer", "Acme", ai.slope.roles.Seniority.MID,
				java.time.YearMonth.of(2019, 1), java.time.YearMonth.of(2020, 12)));
		this.positions.add(seeker.getId(), new CareerPositions.PositionInput("Senior engineer", "Acme",
				ai.slope.roles.Seniority.SENIOR, java.time.YearMonth.of(2021, 1), null));
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());

		Document page = recruiter.page("/recruiter/candidates/" + seeker.getId());
		assertThat(page.select(".career-step")).hasSize(2);
		assertThat(page.select(".career-step a")).as("no edit links for a recruiter").isEmpty();
		assertThat(page.select("#time-to-senior dd").first().text()).isEqualTo("2 years");

		String json = recruiter.postJson("/api/v1/candidates/search", "{\"must\": \"" + tag + "\"}").getContentAsString();
		assertThat(json).contains("\"levelsClimbed\":1", "\"startLevel\":\"MID\"", "\"value\":0.5",
				"\"how\":\"1 level (Mid level → Senior) between 2019-01, the first position, and 2021-01, the first at Senior: 1 × 12 ÷ 24 months.\"",
				"\"value\":24", "\"how\":\"From 2019-01, the first position, to 2021-01, the first at Senior or above: 24 months.\"");
	}

}
