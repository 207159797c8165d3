package ai.slope.jobs.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.WebSession;
import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting text with scripts, event handlers, {@code javascript:} links and markup is inert on the public page,
 * in the preview, in the feeds and in the JSON-LD.
 */
@WebIntegrationTest
class PostingInjectionTests {

	static final String TITLE = "Zorillax </script><script>alert('t')</script> engineer";

	static final String DESCRIPTION = """
			## Role

			Hello </script><script>alert(1)</script>
			<img src=x onerror="alert(2)"> <a href="javascript:alert(3)" onclick="alert(4)">click</a>
			[link](javascript:alert(5)) <iframe src="https://evil.example"></iframe> <style>body{display:none}</style>
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	PostingFixture postings;

	@Autowired
	JsonMapper json;

	private JobPosting hostile() {
		Company company = this.postings.company("Zorillax <b onmouseover=alert(6)>Labs</b>");
		return this.postings.posting(company, "ml-engineer", TITLE)
			.description(DESCRIPTION)
			.skills("<script>alert(7)</script>", "PyTorch")
			.location(ai.slope.jobs.RemotePolicy.HYBRID, "<svg onload=alert(8)>", "US")
			.applyUrl("javascript:alert(9)")
			.save();
	}

	private static void assertInert(Element root) {
		assertThat(root.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
		assertThat(root.select("img, iframe, svg[onload], style:not(head style)")).isEmpty();
		assertThat(root.getAllElements()).allSatisfy(element -> element.attributes()
			.forEach(attribute -> assertThat(attribute.getKey()).doesNotStartWith("on")));
		assertThat(root.select("[href^=javascript], [src^=javascript], [href*=javascript:], [action^=javascript]")).isEmpty();
	}

	@Test
	void thePublicPageShowsHostileTextAsText() throws Exception {
		JobPosting job = hostile();
		MockHttpServletResponse response = new WebSession(this.mvc).get("/jobs/" + job.getId() + "-" + job.getSlug());

		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(response.getStatus()).isEqualTo(200);
		assertInert(page);
		assertThat(page.select("h1").text()).isEqualTo(TITLE);
		assertThat(page.select(".description").text()).contains("Hello </script><script>alert(1)</script>");
		assertThat(page.select("#apply").is("a")).as("a javascript: apply URL is no link").isFalse();
	}

	@Test
	void theJsonLdCannotBeEndedByADescription() throws Exception {
		JobPosting job = hostile();
		String html = new WebSession(this.mvc).get("/jobs/" + job.getId() + "-" + job.getSlug()).getContentAsString();

		Element ld = Jsoup.parse(html).selectFirst("script[type=application/ld+json]");
		String raw = ld.data();
		assertThat(raw).doesNotContain("<").doesNotContain(">");
		assertThat(html.split("<script type=\"application/ld\\+json\">")[1].split("</script>")[0]).isEqualTo(raw);
		JsonNode parsed = this.json.readTree(raw);
		assertThat(parsed.get("title").asString()).isEqualTo(TITLE);
		Document description = Jsoup.parseBodyFragment(parsed.get("description").asString());
		assertInert(description);
	}

	@Test
	void theFeedEscapesHostileText() throws Exception {
		hostile();
		MockHttpServletResponse response = new WebSession(this.mvc).get("/jobs/feed.atom?q=Zorillax");

		Document feed = Jsoup.parse(response.getContentAsString(), "", Parser.xmlParser());
		assertThat(feed.select("entry")).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.selectFirst("title").text()).startsWith(TITLE));
		assertThat(feed.select("script, img, svg, iframe")).isEmpty();
		assertThat(response.getContentAsString()).doesNotContain("<script").doesNotContain("<svg");
	}

	@Test
	void thePreviewRendersHostileTextInert() throws Exception {
		WebSession browser = new WebSession(this.mvc);
		ai.slope.jobs.RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		browser.logIn(recruiter.email(), AccountFixture.PASSWORD);
		browser.page("/recruiter/postings/new");

		MockHttpServletResponse response = browser.post("/recruiter/postings/preview", "description", DESCRIPTION);

		Document fragment = Jsoup.parseBodyFragment(response.getContentAsString());
		assertInert(fragment);
		assertThat(fragment.select("#description-preview").text()).contains("<script>alert(1)</script>");
	}

	@Autowired
	ai.slope.jobs.RecruiterFixture recruiters;

}
