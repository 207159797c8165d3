package ai.slope.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.Resumes;
import ai.slope.companies.Companies;
import ai.slope.companies.SizeBand;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The one rule for characters in what people send (see docs/input.md): what is refused, with which answer, and
 * how names and file names are kept on one line.
 */
@WebIntegrationTest
class InputRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	Accounts accounts;

	@Autowired
	Companies companies;

	@Autowired
	Postings postings;

	@Test
	void controlCharactersButTabAndLineBreaksAreRefused() {
		for (char c : new char[] { '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f' }) {
			assertThat(InputText.hasRefused("a" + c + "b")).as("U+%04X", (int) c).isTrue();
		}
		assertThat(InputText.hasRefused("tab\tline\nreturn\r 中文 é \u202E")).isFalse();
	}

	@Test
	void aSingleLineValueLosesLineBreaksAndBidiControls() {
		assertThat(InputText.singleLine("Eve\r\nBcc: x@evil.example")).isEqualTo("Eve Bcc: x@evil.example");
		assertThat(InputText.singleLine("cv\u202Egpj.exe\u2066\u200F\u061C")).isEqualTo("cvgpj.exe");
		assertThat(Resumes.pdfFileName("cv\u202Egpj.exe.pdf")).isEqualTo("cvgpj.exe.pdf");
	}

	@Test
	void aDisplayNameWithALineBreakIsKeptOnOneLine() throws Exception {
		WebSession visitor = new WebSession(this.mvc);
		visitor.page("/signup");
		String email = "one-line-" + System.nanoTime() + "@input.example";

		MockHttpServletResponse response = visitor.post("/signup", "email", email, "displayName",
				"Eve\r\nBcc: x@evil.example \u202Eevil", "password", "a perfectly long passphrase", "role", "SEEKER");

		assertThat(response.getStatus()).isEqualTo(302);
		// the name the sign-up mail greets, and the account made from its link, is on one line
		assertThat(this.jdbc.queryForObject("select display_name from sign_up_confirmation where email = ?",
				String.class, email))
			.isEqualTo("Eve Bcc: x@evil.example evil");
	}

	@Test
	void companyNamesAndPostingTitlesAreKeptOnOneLine() {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		String title = this.postings
			.createDraft(recruiter.id(), recruiter.company(), RecruiterFixture.input("ML\r\nEngineer \u202Eevil"))
			.getTitle();
		String name = this.companies
			.create(AccountFixture.create(this.accounts, Role.RECRUITER).getId(),
					new Companies.Profile("One\nLine \u2066Labs", "one-line-labs.example", "About us.", "US",
							SizeBand.SMALL))
			.getName();

		assertThat(title).isEqualTo("ML Engineer evil");
		assertThat(name).isEqualTo("One Line Labs");
	}

	@Test
	void aPageRefusesAControlCharacterWith400NamingTheField() throws Exception {
		WebSession visitor = new WebSession(this.mvc);
		visitor.page("/signup");
		int accounts = this.jdbc.queryForObject("select count(*) from account", Integer.class);

		MvcResult result = this.mvc
			.perform(post("/signup").param("email", "nul@input.example")
				.param("displayName", "Nul\u0000")
				.param("password", "a perfectly long passphrase")
				.param("role", "SEEKER"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getRequest().getAttribute(RefusedInputFilter.FIELD)).isEqualTo("displayName");
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(accounts);
	}

	@Test
	void anApiParameterWithAControlCharacterGetsAProblemDocumentInTheReadersLanguage() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/jobs").param("q", "a\u0000b").locale(Locale.SIMPLIFIED_CHINESE))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("\"parameter\":\"q\"").contains("“q”中含有无法提交的字符");
	}

	@Test
	void aJsonBodyWithAControlCharacterGetsAProblemDocumentNamingTheField() throws Exception {
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());

		MockHttpServletResponse inText = recruiter.postJson("/api/v1/candidates/search", "{\"q\":\"a\\u0000b\"}");
		MockHttpServletResponse inList = recruiter.postJson("/api/v1/candidates/search",
				"{\"role\":[\"ml-engineer\",\"x\\u0085\"]}");

		assertThat(inText.getStatus()).isEqualTo(400);
		assertThat(inText.getContentAsString()).contains("\"parameter\":\"q\"").contains("control character");
		assertThat(inList.getStatus()).isEqualTo(400);
		assertThat(inList.getContentAsString()).contains("\"parameter\":\"role[1]\"");
	}

	@Test
	void theErrorAddressAskedForDirectlyIsAPageThatDoesNotExist() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/error")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
	}

}
