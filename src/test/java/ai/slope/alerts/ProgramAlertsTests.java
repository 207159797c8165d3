package ai.slope.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.companies.Company;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.ProgramFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts and saved searches of programs: the program parameters keep their canonical form, a search of
 * {@code /programs} is saved as an alert from its page, and the digest mails the new programs it finds.
 */
@WebIntegrationTest
class ProgramAlertsTests {

	static final String ALL_PROGRAMS = "openingType=career-switch&openingType=fellowship&openingType=internship"
			+ "&openingType=residency";

	@Autowired
	JobAlerts alerts;

	@Autowired
	AlertDigests digests;

	@Autowired
	CandidateFixture people;

	@Autowired
	PostingFixture postings;

	@Autowired
	ProgramFixture programs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theProgramParametersHaveOneCanonicalForm() {
		JobQuery query = this.alerts.search("noAiExperience=on&openingType=Residency&openingType=internship&mentoring=1"
				+ "&sort=deadline&page=2").orElseThrow();

		assertThat(query.openingTypes()).containsExactlyInAnyOrder(OpeningType.RESIDENCY, OpeningType.INTERNSHIP);
		assertThat(query.mentoring()).isTrue();
		assertThat(query.noAiExperience()).isTrue();
		assertThat(this.alerts.queryString(query))
			.isEqualTo("openingType=internship&openingType=residency&mentoring=true&noAiExperience=true");
		assertThat(this.alerts.search(this.alerts.queryString(query))).contains(query);
		assertThat(this.alerts.search(ALL_PROGRAMS).orElseThrow().openingTypes()).isEqualTo(JobQuery.PROGRAMS);
		assertThat(this.alerts.search("openingType=astronaut")).isEmpty();
		assertThat(this.alerts.search("mentoring=perhaps")).isEmpty();
		assertThat(this.alerts.search("noAiExperience=%00")).isEmpty();
	}

	@Test
	void aProgramsSearchBecomesAnAlertFromItsPage() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document search = browser.page("/programs?q=numbatology&noAiExperience=true");
		String link = search.select("#save-search").attr("href");
		assertThat(link).isEqualTo("/alerts/new?q=numbatology&" + ALL_PROGRAMS + "&noAiExperience=true");
		Document form = browser.page(link);
		assertThat(form.select("#alert-search li").eachText()).containsExactly("“numbatology”", "Programs of every kind",
				"No AI experience needed");
		browser.post("/alerts", "search", form.select("input[name=search]").val(), "name", "Numbat programs",
				"frequency", "DAILY");

		JobAlert alert = this.alerts.page(seeker.getId(), 1).getContent().get(0);
		assertThat(alert.getQuery()).isEqualTo("q=numbatology&" + ALL_PROGRAMS + "&noAiExperience=true");
		// its newest programs are seen where the program filters are
		assertThat(browser.page("/alerts").select("a[href^=/programs?q=numbatology]").attr("href"))
			.isEqualTo("/programs?q=numbatology&" + ALL_PROGRAMS + "&noAiExperience=true&sort=newest");
		assertThat(this.alerts.searchPath("q=numbatology")).isEqualTo("/jobs?q=numbatology&sort=newest");
		assertThat(this.alerts.searchPath("")).isEqualTo("/jobs?sort=newest");
	}

	@Test
	void theDigestMailsTheNewProgramsTheAlertAsksFor() throws Exception {
		Account seeker = this.people.seeker();
		Company company = this.postings.company("Numbat Academy");
		this.programs.program(company, "ml-engineer", "Wombatology apprenticeship", OpeningType.CAREER_SWITCH)
			.noAiExperienceNeeded()
			.save();
		this.programs.program(company, "ml-engineer", "Wombatology fellowship", OpeningType.FELLOWSHIP).save();
		this.postings.posting(company, "ml-engineer", "Wombatology engineer").save();
		JobAlert alert = this.alerts.create(seeker.getId(), "q=wombatology&" + ALL_PROGRAMS + "&noAiExperience=true",
				"Wombat programs", "DAILY");
		this.jdbc.update("update job_alert set covered_until = ?, due_on = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))), LocalDate.now(ZoneOffset.UTC),
				alert.getId());

		this.digests.run(Instant.now());

		assertThat(TestMailServer.mailsTo(seeker.getEmail())).hasSize(1);
		MimeMessage mail = TestMailServer.mailsTo(seeker.getEmail()).get(0);
		assertThat(TestMailServer.body(mail)).contains("Wombatology apprenticeship")
			.doesNotContain("Wombatology fellowship", "Wombatology engineer");
	}

}
