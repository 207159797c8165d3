package ai.slope.alerts.web;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.alerts.JobAlert;
import ai.slope.alerts.JobAlerts;
import ai.slope.candidates.CandidateFixture;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class JobAlertPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateFixture people;

	@Autowired
	JobAlerts alerts;

	@Autowired
	JdbcTemplate jdbc;

	private int alertRows(Account seeker) {
		return this.jdbc.queryForObject("select count(*) from job_alert where account_id = ?", Integer.class,
				seeker.getId());
	}

	@Test
	void aSearchBecomesADailyAlertWithASuggestedName() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document search = browser.page("/jobs?q=pytorch&role=ml-engineer&remote=remote&sort=salary&page=1");
		String link = search.select("#save-search").attr("href");
		assertThat(link).startsWith("/alerts/new?").contains("q=pytorch", "role=ml-engineer", "remote=remote");
		Document form = browser.page(link);

		assertThat(form.select("#name").val()).isEqualTo("pytorch · Machine learning engineer");
		assertThat(form.select("#alert-search li").eachText()).containsExactly("“pytorch”", "Machine learning engineer", "Remote");
		assertThat(form.select("input[name=frequency][checked]").val()).isEqualTo("DAILY");
		MockHttpServletResponse created = browser.post("/alerts", "search", form.select("input[name=search]").val(),
				"name", "  PyTorch   remote ", "frequency", "DAILY");

		assertThat(created.getRedirectedUrl()).isEqualTo("/alerts");
		Document list = browser.follow(created);
		assertThat(list.select("[role=status]").text())
			.isEqualTo("The alert “PyTorch remote” is saved. New jobs that match come by mail once a day.");
		assertThat(list.select(".job-alert h2").eachText()).containsExactly("PyTorch remote");
		assertThat(list.select(".job-alert .status-badge").text()).isEqualTo("Daily");
		assertThat(list.select(".job-alert .alert-when").text()).startsWith("No mail yet · next on");
		assertThat(list.select(".job-alert a:contains(See the jobs)").attr("href"))
			.isEqualTo("/jobs?q=pytorch&role=ml-engineer&remote=remote&sort=newest");
		JobAlert alert = this.alerts.page(seeker.getId(), 1).getContent().get(0);
		assertThat(alert.getQuery()).isEqualTo("q=pytorch&role=ml-engineer&remote=remote");
	}

	@Test
	void theSameSearchInAnotherOrderIsRefusedAsADuplicate() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		this.alerts.create(seeker.getId(), "role=ml-engineer&country=DE&country=FR", "Europe ML", "WEEKLY");
		browser.page("/alerts/new?country=FR&role=ml-engineer&country=de");

		MockHttpServletResponse again = browser.post("/alerts", "search", "country=FR&role=ml-engineer&country=de",
				"name", "Europe again", "frequency", "DAILY");

		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(browser.page("/alerts").select(".job-alert")).hasSize(1);
		assertThat(org.jsoup.Jsoup.parse(again.getContentAsString()).select("#form-errors").text())
			.isEqualTo("You already have an alert for this search.");
		assertThat(alertRows(seeker)).isEqualTo(1);
	}

	@Test
	void badInputComesBackBesideItsFieldsAndNothingIsStored() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		browser.page("/alerts/new?q=jax");

		Document blank = org.jsoup.Jsoup.parse(
				browser.post("/alerts", "search", "q=jax", "name", "   ", "frequency", "HOURLY").getContentAsString());
		assertThat(blank.select("#name-error").text()).isEqualTo("Give the alert a name.");
		assertThat(blank.select("#frequency-error").text()).isEqualTo("Choose daily or weekly.");
		assertThat(blank.select("#alert-search li").eachText()).containsExactly("“jax”");
		assertThat(blank.select("input[name=search]").val()).isEqualTo("q=jax");

		Document tooLong = org.jsoup.Jsoup.parse(browser
			.post("/alerts", "search", "q=jax", "name", "x".repeat(101), "frequency", "WEEKLY")
			.getContentAsString());
		assertThat(tooLong.select("#name-error").text()).isEqualTo("The name can have at most 100 characters.");
		assertThat(tooLong.select("#name").val()).hasSize(101);

		MockHttpServletResponse badSearch = browser.get("/alerts/new?role=astrologer&salary=lots");
		assertThat(badSearch.getStatus()).isEqualTo(400);
		assertThat(org.jsoup.Jsoup.parse(badSearch.getContentAsString()).select("#search-problem").text())
			.startsWith("This search cannot be saved as an alert");
		Document forged = org.jsoup.Jsoup.parse(browser
			.post("/alerts", "search", "role=astrologer", "name", "Stars", "frequency", "DAILY")
			.getContentAsString());
		assertThat(forged.select("#search-problem").text()).startsWith("This search cannot be saved as an alert");

		Document chinese = org.jsoup.Jsoup.parse(browser.in(Locale.SIMPLIFIED_CHINESE)
			.post("/alerts", "search", "q=jax", "name", "", "frequency", "DAILY")
			.getContentAsString());
		assertThat(chinese.select("#name-error").text()).isEqualTo("请为提醒起个名称。");
		assertThat(alertRows(seeker)).isZero();
	}

	@Test
	void anAlertIsRenamedPausedResumedAndDeletedAfterAConfirmation() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		JobAlert alert = this.alerts.create(seeker.getId(), "q=cuda", "CUDA", "DAILY");
		String base = "/alerts/" + alert.getId();

		Document edit = browser.page(base + "/edit");
		assertThat(edit.select("#name").val()).isEqualTo("CUDA");
		browser.post(base, "name", "CUDA kernels", "frequency", "WEEKLY");
		assertThat(this.alerts.find(seeker.getId(), alert.getId()).getFrequency().name()).isEqualTo("WEEKLY");
		assertThat(this.alerts.find(seeker.getId(), alert.getId()).getDueOn().getDayOfWeek().name())
			.isEqualTo("MONDAY");

		browser.page("/alerts");
		Document paused = browser.follow(browser.post(base + "/pause"));
		assertThat(paused.select("[role=status]").text())
			.isEqualTo("The alert “CUDA kernels” is paused: no mails until you resume it.");
		assertThat(paused.select(".job-alert .status-badge").text()).isEqualTo("Paused");
		assertThat(paused.select(".job-alert button").eachText()).contains("Resume");
		Document resumed = browser.follow(browser.post(base + "/resume"));
		assertThat(resumed.select(".job-alert .status-badge").text()).isEqualTo("Weekly, on Mondays");

		Document confirm = browser.page(base + "/delete");
		assertThat(confirm.select("h1").text()).isEqualTo("Delete the alert “CUDA kernels”?");
		assertThat(alertRows(seeker)).as("asking deletes nothing").isEqualTo(1);
		Document deleted = browser.follow(browser.post(base + "/delete"));
		assertThat(deleted.select("[role=status]").text()).isEqualTo("The alert “CUDA kernels” is deleted.");
		assertThat(deleted.select("#no-alerts h2").text()).isEqualTo("No alerts yet");
		assertThat(alertRows(seeker)).isZero();
	}

	@Test
	void anotherSeekersAlertAnswers404AndOnlySeekersHaveAlerts() throws Exception {
		Account owner = this.people.seeker();
		JobAlert alert = this.alerts.create(owner.getId(), "q=rlhf", "RLHF", "DAILY");
		WebSession other = WebSession.loggedInAs(this.mvc, this.people.seeker());
		other.page("/alerts");

		assertThat(other.get("/alerts/" + alert.getId() + "/edit").getStatus()).isEqualTo(404);
		assertThat(other.get("/alerts/" + alert.getId() + "/delete").getStatus()).isEqualTo(404);
		assertThat(other.post("/alerts/" + alert.getId() + "/delete").getStatus()).isEqualTo(404);
		assertThat(other.post("/alerts/" + alert.getId() + "/pause").getStatus()).isEqualTo(404);
		assertThat(other.get("/alerts/99999999999999999999/edit").getStatus()).isEqualTo(404);
		assertThat(other.post("/alerts/" + alert.getId(), "name", "Mine now", "frequency", "DAILY").getStatus())
			.isEqualTo(404);
		assertThat(this.alerts.find(owner.getId(), alert.getId()).getName()).isEqualTo("RLHF");
		assertThat(this.alerts.find(owner.getId(), alert.getId()).isActive()).isTrue();

		WebSession recruiter = this.people.browserOf(this.mvc, Role.RECRUITER);
		assertThat(recruiter.get("/alerts").getStatus()).isEqualTo(403);
		assertThat(recruiter.page("/jobs?q=rlhf").select("#save-search")).isEmpty();
		WebSession anonymous = new WebSession(this.mvc);
		assertThat(anonymous.page("/jobs?q=rlhf").select("#save-search").attr("href")).isEqualTo("/alerts/new?q=rlhf");
		assertThat(anonymous.get("/alerts/new?q=rlhf").getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aSeekerHasAtMostTwentyAlertsShownTenAPage() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		for (int i = 1; i <= JobAlerts.MAX_ALERTS; i++) {
			this.alerts.create(seeker.getId(), "q=topic" + i, "Topic " + i, "DAILY");
		}

		Document first = browser.page("/alerts");
		assertThat(first.select(".job-alert")).hasSize(10);
		assertThat(first.select("#alert-count").text()).isEqualTo("20 alerts of at most 20");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/alerts?page=2");
		assertThat(browser.page("/alerts?page=2").select(".job-alert")).hasSize(10);
		assertThat(browser.get("/alerts?page=2147483647").getRedirectedUrl()).isEqualTo("/alerts?page=2");
		browser.page("/alerts/new?q=one-more");
		Document refused = org.jsoup.Jsoup.parse(
				browser.post("/alerts", "search", "q=one-more", "name", "One more", "frequency", "DAILY")
					.getContentAsString());
		assertThat(refused.select("#form-errors").text())
			.isEqualTo("You have 20 alerts, the most there can be. Delete one to save another.");
		assertThat(alertRows(seeker)).isEqualTo(20);
	}

	@Test
	void theAlertsPageInChineseAndItsEmptyState() throws Exception {
		Account seeker = this.people.seeker(Locale.SIMPLIFIED_CHINESE);
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document empty = browser.page("/alerts?lang=zh-CN");
		assertThat(empty.select("#no-alerts h2").text()).isEqualTo("还没有提醒");
		this.alerts.create(seeker.getId(), "role=ml-engineer&visa=true&seniority=mid&seniority=senior", "签证", "WEEKLY");

		Document list = browser.page("/alerts");
		assertThat(list.select("h1").text()).isEqualTo("职位提醒");
		assertThat(list.select(".job-alert .status-badge").text()).isEqualTo("每周一");
		assertThat(list.select(".alert-criteria li").eachText()).contains("提供签证担保")
			.as("the enumeration comma")
			.containsAnyOf("中级、高级", "高级、中级");
	}

}
