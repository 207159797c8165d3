package ai.slope.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.TopVenues;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class VenueAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TopVenues venues;

	AdminSessions sessions;

	WebSession admin;

	@BeforeEach
	void logInAsAdmin() throws Exception {
		this.sessions = new AdminSessions(this.mvc, this.accounts);
		this.admin = WebSession.loggedInAsAdmin(this.mvc);
	}

	private static String acronym() {
		return "TV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
	}

	private MockHttpServletResponse create(String acronym, String fullName, String aliases, String field)
			throws Exception {
		this.admin.page("/admin/venues/new");
		return this.admin.post("/admin/venues", "acronym", acronym, "fullName", fullName, "aliases", aliases, "field",
				field);
	}

	private long idOf(String acronym) {
		return this.jdbc.queryForObject("select id from top_venue where acronym = ?", Long.class, acronym);
	}

	private List<Map<String, Object>> audit(String action, String acronym) {
		return this.jdbc.queryForList(
				"select actor_id, detail from audit_log where action = ? and target_type = 'venue' and target_id = ?",
				action, acronym);
	}

	@Test
	void theDefaultListIsLoadedAndShownByField() throws Exception {
		Document page = this.admin.page("/admin/venues");

		assertThat(page.select(".admin-nav .active").text()).isEqualTo("Top venues");
		assertThat(page.select("tr.venue-row").eachAttr("data-acronym")).contains("NeurIPS", "ICML", "ICLR", "CVPR",
				"ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD", "CoRL", "RSS", "MLSys", "OSDI", "SOSP",
				"ISCA", "MICRO", "HPCA", "FAccT", "AIES", "JMLR", "TMLR", "Nature", "Science");
		assertThat(page.select("tr.venue-row[data-acronym=NeurIPS] .venue-aliases").text()).contains("NIPS");
		assertThat(page.select("tr.venue-row[data-acronym=CVPR] td:nth-child(4)").text()).isEqualTo("Computer vision");
		assertThat(this.venues.match("Advances in Neural Information Processing Systems 36").orElseThrow().getAcronym())
			.isEqualTo("NeurIPS");
	}

	@Test
	void anAddedVenueIsMatchedAtOnceAndAudited() throws Exception {
		String acronym = acronym();

		MockHttpServletResponse response = create(acronym, "Symposium of Testing " + acronym,
				"Testing " + acronym + " Symposium\nOld " + acronym, "SYSTEMS");

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/venues");
		assertThat(this.admin.follow(response).select("[role=status]").text())
			.isEqualTo("The top venue " + acronym + " was added.");
		assertThat(this.venues.match("old " + acronym.toLowerCase(Locale.ROOT) + " 2025")).hasValueSatisfying(
				venue -> assertThat(venue.getAcronym()).isEqualTo(acronym));
		assertThat(audit("venue.create", acronym)).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor_id")).isEqualTo(this.sessions.admin().getId());
			assertThat((String) entry.get("detail")).as("kept in no language").doesNotContain("Full name");
		});
		assertThat(this.admin.page("/admin/audit?action=venue.create&targetId=" + acronym)
			.select("tr.audit-entry .audit-detail")
			.text()).contains("Acronym: “" + acronym + "”", "Aliases: “Testing " + acronym + " Symposium; Old " + acronym + "”");
	}

	@Test
	void aVenueWithProblemsComesBackWithMessagesBesideTheFieldsInEitherLanguage() throws Exception {
		MockHttpServletResponse response = create(" ", "x".repeat(201), "", "NOT-A-FIELD");

		assertThat(response.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#acronym-error").text()).isEqualTo("Fill this in.");
		assertThat(form.select("#fullName-error").text()).isEqualTo("Write at most 200 characters.");
		assertThat(form.select("#field-error").text()).isNotEmpty();

		Document taken = Jsoup.parse(create(acronym(), "Another name", "NIPS", "ML").getContentAsString());
		assertThat(taken.select("#aliases-error").text()).isEqualTo("“NIPS” already names NeurIPS.");
		Document sameAcronym = Jsoup.parse(create("neurips", "Yet another name", "", "ML").getContentAsString());
		assertThat(sameAcronym.select("#acronym-error").text()).isEqualTo("“neurips” already names NeurIPS.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from top_venue where full_name in ('Another name', 'Yet another name')", Integer.class))
			.isZero();

		WebSession chinese = WebSession.loggedInAsAdmin(this.mvc).in(Locale.SIMPLIFIED_CHINESE);
		chinese.page("/admin/venues/new");
		Document zh = Jsoup.parse(chinese.post("/admin/venues", "acronym", "", "fullName", "名称", "aliases", "",
				"field", "").getContentAsString());
		assertThat(zh.select("#acronym-error").text()).isEqualTo("请填写此项。");
		assertThat(zh.select("#field-error").text()).isNotEmpty();
		assertThat(zh.select("#fullName").val()).isEqualTo("名称");
	}

	@Test
	void anEditIsAuditedFieldByFieldAndAConflictingEditIsRefused() throws Exception {
		String acronym = acronym();
		this.admin.follow(create(acronym, "First name of " + acronym, "", "ML"));
		long id = idOf(acronym);
		Document form = this.admin.page("/admin/venues/" + id + "/edit");
		String version = form.select("input[name=version]").val();
		assertThat(form.select("#field option[selected]").val()).isEqualTo("ML");

		MockHttpServletResponse saved = this.admin.post("/admin/venues/" + id, "acronym", acronym, "fullName",
				"Second name of " + acronym, "aliases", "", "field", "ETHICS", "version", version);
		assertThat(this.admin.follow(saved).select("[role=status]").text())
			.isEqualTo("The top venue " + acronym + " was saved.");
		assertThat(this.admin.page("/admin/audit?action=venue.update&targetId=" + acronym)
			.select("tr.audit-entry .audit-detail")
			.text()).contains("Full name: “First name of " + acronym + "” → “Second name of " + acronym + "”",
					"Field: “ML” → “ETHICS”");

		Document conflict = Jsoup.parse(this.admin.post("/admin/venues/" + id, "acronym", acronym, "fullName",
				"Old tab", "aliases", "", "field", "ML", "version", version).getContentAsString());
		assertThat(conflict.select("#venue-conflict").text()).contains("Second name of " + acronym);
		assertThat(conflict.select("#fullName").val()).isEqualTo("Old tab");
		assertThat(this.venues.find(id).getFullName()).isEqualTo("Second name of " + acronym);
	}

	@Test
	void aVenueIsDeletedAfterAConfirmationAndItsPublicationsAreFreeTextAgain() throws Exception {
		String acronym = acronym();
		this.admin.follow(create(acronym, "Doomed " + acronym, "", "HARDWARE"));
		long id = idOf(acronym);

		Document confirm = this.admin.page("/admin/venues/" + id + "/delete");
		assertThat(confirm.select("h1").text()).isEqualTo("Delete the top venue " + acronym + "?");
		assertThat(idOf(acronym)).as("nothing is deleted by looking").isEqualTo(id);

		MockHttpServletResponse deleted = this.admin.post("/admin/venues/" + id + "/delete");
		assertThat(this.admin.follow(deleted).select("[role=status]").text()).startsWith("The top venue " + acronym
				+ " was deleted");
		assertThat(this.venues.match(acronym)).isEmpty();
		assertThat(audit("venue.delete", acronym)).hasSize(1);
		assertThat(this.admin.get("/admin/venues/" + id + "/edit").getStatus()).isEqualTo(404);
	}

	@Test
	void onlyAdminsReachTheVenuePages() throws Exception {
		WebSession seeker = WebSession.loggedInAs(this.mvc, this.sessions.account("venues", "Vera Venue", Role.SEEKER));
		assertThat(seeker.get("/admin/venues").getStatus()).isEqualTo(403);
		assertThat(this.sessions.anonymous().get("/admin/venues").getStatus()).isEqualTo(302);
	}

}
