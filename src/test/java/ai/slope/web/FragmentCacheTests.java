package ai.slope.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.SlopeIntegrationTest;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobSummary;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Fragments rendered once and kept: the same HTML as {@code th:replace} writes, in both languages, and a new
 * rendering whenever what they show changes.
 */
@SlopeIntegrationTest
class FragmentCacheTests {

	private static final Instant PUBLISHED = Instant.parse("2026-11-02T09:00:00Z");

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	@Autowired
	ServletContext servletContext;

	@Autowired
	FragmentCache cache;

	@Autowired
	MockMvc mvc;

	@Autowired
	PostingFixture fixture;

	@Test
	void aCachedCardIsTheCardThatThReplaceWritesInBothLanguages() {
		List<JobSummary> jobs = List.of(
				summary(1L, "Research Scientist, Alignment", "USD", SalaryPeriod.YEAR, List.of("PyTorch", "JAX")),
				summary(2L, "机器学习工程师", "CNY", SalaryPeriod.MONTH, List.of("CUDA")));
		for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
			for (int round = 1; round <= 2; round++) {
				Document page = render(jobs, locale);
				assertThat(page.select(".pair")).hasSize(2);
				for (Element pair : page.select(".pair")) {
					String plain = pair.selectFirst("section.plain").html();
					assertThat(plain).contains("job-card");
					assertThat(pair.selectFirst("section.cached").html()).as("round %d in %s", round, locale)
						.isEqualTo(plain);
				}
			}
		}
		assertThat(render(jobs, Locale.SIMPLIFIED_CHINESE).select(".pair .cached").text()).contains("机器学习工程师");
	}

	@Test
	void theKeyIsAllThatIsComparedSoItMustNameEverythingTheFragmentShows() {
		List<JobSummary> jobs = List.of(summary(3L, "First under one key", "USD", SalaryPeriod.YEAR, List.of()),
				summary(4L, "Second under one key", "USD", SalaryPeriod.YEAR, List.of()));

		Document page = render(jobs, Locale.ENGLISH);

		assertThat(page.select("#one-key .job-card h3").eachText()).containsExactly("First under one key",
				"First under one key");
	}

	@Test
	void aChangedPostingIsANewKeyOnEveryPageThatListsIt() throws Exception {
		JobPosting posting = this.fixture
			.posting(this.fixture.company("Fragment Labs"), "research-engineer", "Kept Card Research Engineer")
			.save();
		String before = this.mvc.perform(get("/jobs").param("q", "Kept Card")).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(before).select(".job-card h3").eachText()).contains("Kept Card Research Engineer");
		long kept = this.cache.size();

		this.fixture.rename(posting, "Renamed Card Research Engineer");

		Document after = Jsoup.parse(this.mvc.perform(get("/jobs").param("q", "Card Research Engineer"))
			.andReturn().getResponse().getContentAsString());
		assertThat(after.select(".job-card h3").eachText()).contains("Renamed Card Research Engineer")
			.doesNotContain("Kept Card Research Engineer");
		assertThat(this.cache.size()).isGreaterThan(kept);
	}

	@Test
	void theFilterColumnCountsFollowTheIndex() throws Exception {
		String company = "Filter Column Labs";
		this.fixture.posting(this.fixture.company(company), "ai-ethics-policy", "Filter Column Ethicist").save();
		long before = ethicsCount();

		this.fixture.posting(this.fixture.company(company + " Two"), "ai-ethics-policy", "Second Filter Column Ethicist")
			.save();

		assertThat(ethicsCount()).isEqualTo(before + 1);
		assertThat(ethicsCount()).as("the same search again, from the cache").isEqualTo(before + 1);
	}

	private long ethicsCount() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/jobs").param("type", "full-time")).andReturn()
			.getResponse().getContentAsString());
		Element option = page.selectFirst("#filters input#role-ai-ethics-policy").parent();
		return Long.parseLong(option.selectFirst(".count").text().replace(",", ""));
	}

	private Document render(List<JobSummary> jobs, Locale locale) {
		JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(this.servletContext);
		Map<String, Object> variables = new HashMap<>();
		variables.put("jobs", jobs);
		variables.put("oneKey", jobs.get(0).id());
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		WebContext page = new WebContext(application.buildExchange(new MockHttpServletRequest(this.servletContext),
				new MockHttpServletResponse()), locale, variables);
		return Jsoup.parse(this.templates.process("web/fragment-cache-test", page));
	}

	private static JobSummary summary(long id, String title, String currency, SalaryPeriod period,
			List<String> skills) {
		return new JobSummary(id, title, "job-" + id, "Fragment Labs", "fragment-labs", "research-scientist",
				Seniority.SENIOR, EmploymentType.FULL_TIME, RemotePolicy.HYBRID, "London", "GB", 120_000, 160_000,
				currency, period, 150_000, 200_000, id % 2 == 0, skills, PUBLISHED, PUBLISHED.plusSeconds(86_400L * 30),
				ai.slope.jobs.OpeningType.JOB, null, null, null, null, false, true);
	}

}
