package ai.slope.jobs.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.accounts.SecuritySlice;
import ai.slope.jobs.JobPostingRepository;
import ai.slope.jobs.JobSearch;
import ai.slope.system.TestClock;
import ai.slope.web.MarkdownRenderer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rules of the web layer alone, in a {@code @WebMvcTest} slice with Slope's real security configuration
 * ({@link SecuritySlice}, whose mocked account services these rules never call) and one real controller, the
 * postings API. No database, search index or mail server: a failure here is in the web layer, and the rules are
 * checked apart from any data.
 * <p>
 * Who may reach which pages and the CSRF check are decided by the filter chain before any controller is chosen,
 * so those tests need no controller of their own. The id rules go through {@link JobApiController}; of its
 * collaborators only the repository is asked anything (for the unknown id, and a mock's answer is "none"), the
 * search and its parameters are mocks that no test here reaches, and the clock and the Markdown renderer are the
 * real ones. Everything that needs real data or a real login stays in the {@code WebIntegrationTest}s
 * ({@code JobApiTests}, {@code RecruiterPostingAccessTests}, {@code AdminAccessTests}).
 */
@WebMvcTest(JobApiController.class)
@Import({ SecuritySlice.class, TestClock.class, MarkdownRenderer.class })
class JobControllerRulesTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	JobPostingRepository postings;

	@MockitoBean
	JobSearch search;

	@MockitoBean
	SearchParameters parameters;

	@Test
	void anonymousVisitorsOfRecruiterAndAdminPagesAreSentToTheLoginPage() throws Exception {
		for (String page : new String[] { "/recruiter/postings", "/recruiter/postings/new", "/admin",
				"/admin/postings" }) {
			this.mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void anonymousCallsOfTheRecruiterApiAreUnauthorizedNotRedirected() throws Exception {
		this.mvc.perform(get("/api/v1/recruiter/postings")).andExpect(status().isUnauthorized());
	}

	@Test
	@WithMockUser(roles = "SEEKER")
	void aJobSeekerIsRefusedTheRecruiterAndAdminPages() throws Exception {
		for (String page : new String[] { "/recruiter/postings", "/api/v1/recruiter/postings", "/admin" }) {
			this.mvc.perform(get(page)).andExpect(status().isForbidden());
		}
	}

	@Test
	@WithMockUser(roles = "RECRUITER")
	void aRecruiterIsRefusedTheAdminPagesAndWhatOnlyJobSeekersDo() throws Exception {
		for (String page : new String[] { "/admin", "/salaries/submit", "/saved", "/profile" }) {
			this.mvc.perform(get(page)).andExpect(status().isForbidden());
		}
	}

	@Test
	@WithMockUser(roles = "SEEKER")
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/api/v1/jobs")).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/jobs").with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		// with the token the request gets past the chain, to a controller that takes no POST
		this.mvc.perform(post("/api/v1/jobs").with(csrf())).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void anIdThatIsNotANumberIsABadParameterProblem() throws Exception {
		for (String id : new String[] { "not-a-number", "99999999999999999999", "1.5" }) {
			this.mvc.perform(get("/api/v1/jobs/" + id))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].parameter").value("id"));
		}
	}

	@Test
	void anUnknownPostingIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/jobs/987654321"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

}
