package ai.slope.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.springframework.mock.web.MockHttpServletResponse;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared input layer, through {@link InputProbeController}'s test-only endpoints shaped like a feature's: typed
 * ids and values read by the converters registered once, Bean Validation with the bundles' messages, type
 * mismatches in the binding result beside what was typed, one answer for every module's not-found and invalid
 * input (a page or an RFC 9457 problem document), and one-indexed {@code Pageable}s with a maximum size.
 */
@WebIntegrationTest
class WebInputTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aNotFoundExceptionOfAnyModuleIsTheStyledNotFoundPage() throws Exception {
		WebSession browser = WebSession.loggedInAsAdmin(this.mvc);
		assertThat(browser.get("/test/input/pages/1").getStatus()).isEqualTo(200);
		MockHttpServletResponse missing = browser.get("/test/input/pages/2");
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentAsString()).contains("<html", "We could not find that page");
	}

	@Test
	void aPathIdThatIsNotANumberIsNotFoundOnAPageAndABadParameterOnTheApi() throws Exception {
		WebSession browser = WebSession.loggedInAsAdmin(this.mvc);
		for (String id : new String[] { "abc", "99999999999999999999", "1.5" }) {
			MockHttpServletResponse page = browser.get("/test/input/pages/" + id);
			assertThat(page.getStatus()).as(id).isEqualTo(404);
			assertThat(page.getContentAsString()).as(id).contains("We could not find that page");
		}
		this.mvc.perform(get("/test/input/api/abc").with(user("probe")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].parameter").value("id"))
			.andExpect(jsonPath("$.errors[0].message").value("\u201Cabc\u201D is not a posting id."));
		this.mvc.perform(get(java.net.URI.create("/test/input/api/%20")).with(user("probe")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("id"));
		this.mvc.perform(get("/test/input/api/99999999999999999999?lang=zh-CN").with(user("probe")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("参数无效"))
			.andExpect(jsonPath("$.errors[0].parameter").value("id"));
	}

	@Test
	void aNotFoundExceptionOnTheApiIsAProblemDocument() throws Exception {
		this.mvc.perform(get("/test/input/api/7").with(user("probe")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("No probe 7"));
	}

	@Test
	void anInvalidInputExceptionOnTheApiListsEachProblemWithItsMessage() throws Exception {
		this.mvc.perform(post("/test/input/api/refused").with(user("probe")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://slope.ai/problems/invalid-parameters"))
			.andExpect(jsonPath("$.errors[0].parameter").value("roleType"))
			.andExpect(jsonPath("$.errors[0].message").value("There is no role type \u201cx\u201d."))
			.andExpect(jsonPath("$.errors[1].parameter").doesNotExist())
			.andExpect(jsonPath("$.errors[1].message").value("The first year (2024) is after the last (2020)."));
	}

	@Test
	void aFormBindsTypedValuesTheWayPeopleTypeThem() throws Exception {
		this.mvc
			.perform(post("/test/input/pages/form").with(user("probe"))
				.with(csrf())
				.param("title", "Research engineer")
				.param("pay", " 120,000 ")
				.param("seniority", "senior", "MID", "staff"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.form")
				.value("ProbeForm[title=Research engineer, pay=120000, seniority=[SENIOR, MID, STAFF]]"));
	}

	@Test
	void aValueThatCannotBeReadStaysBesideItsMessageInEitherLanguage() throws Exception {
		this.mvc
			.perform(post("/test/input/pages/form").with(user("probe"))
				.with(csrf())
				.param("title", " ")
				.param("pay", "lots")
				.param("seniority", "wizard"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title[1]").value("Fill this in."))
			.andExpect(jsonPath("$.pay[0]").value("lots"))
			.andExpect(jsonPath("$.pay[1]").value("Enter a whole number."))
			.andExpect(jsonPath("$.seniority[0]").value("wizard"))
			.andExpect(jsonPath("$.seniority[1]").value("This value could not be read."));
		this.mvc
			.perform(post("/test/input/pages/form?lang=zh-CN").with(user("probe"))
				.with(csrf())
				.param("title", "x".repeat(21))
				.param("pay", "0"))
			.andExpect(jsonPath("$.title[1]").value("最多 20 个字符。"))
			.andExpect(jsonPath("$.pay[1]").value("请输入不小于 1 的数。"));
	}

	@Test
	void theApiAnswersBeanValidationErrorsAsAProblemDocument() throws Exception {
		this.mvc.perform(get("/test/input/api/search").with(user("probe")).param("title", "x").param("pay", "99999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].parameter").value("pay"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter 10000000 or less."));
	}

	@Test
	void pagedListsCountFromOneAndShowAtMostAHundredRowsAndTenThousandPages() throws Exception {
		this.mvc.perform(get("/test/input/pages/list").with(user("probe")))
			.andExpect(content().string("0/20"));
		this.mvc.perform(get("/test/input/pages/list?page=3&size=1000").with(user("probe")))
			.andExpect(content().string("2/100"));
		this.mvc.perform(get("/test/input/pages/list?page=0&size=x").with(user("probe")))
			.andExpect(content().string("0/20"));
		this.mvc.perform(get("/test/input/pages/list?page=2147483647&size=50").with(user("probe")))
			.andExpect(content().string((Pages.MAX_PAGE - 1) + "/50"));
	}

}
