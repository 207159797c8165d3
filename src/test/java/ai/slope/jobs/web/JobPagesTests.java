package ai.slope.jobs.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SlopeIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PostingFixture fixture;

	@Autowired
	JsonMapper json;

	Company company;

	JobPosting posting;

	@BeforeAll
	void createPosting() {
		this.company = this.fixture.company("Zephyr Compute");
		this.posting = this.fixture.posting(this.company, "research-scientist", "Senior Research Scientist, Zephyrology")
			.seniority(Seniority.SENIOR)
			.location(RemotePolicy.HYBRID, "London", "GB")
			.salary(120_000, 160_000, "GBP", SalaryPeriod.YEAR)
			.skills("JAX", "Zephyrology")
			.visa()
			.applyUrl("https://zephyr.example/careers/1")
			.publishedAgo(java.time.Duration.ofSeconds(1))
			.description("## The team\n\nWe study **zephyrology**.\n\n- Publish papers\n- Ship models\n\n"
					+ "<script>alert('x')</script> [click](javascript:alert(1)) </script><b onclick=\"x()\">bold</b>")
			.save();
	}

	Document page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void homeShowsRoleFamiliesWithCountsAndTheNewestPostings() throws Exception {
		Document home = page("/");

		assertThat(home.select("h3.card-title").eachText()).contains("Research", "Engineering and infrastructure",
				"Product and program", "Hardware");
		assertThat(home.select("a[href=/roles/research-scientist]").text()).startsWith("Research scientist");
		assertThat(home.select("a[href=/roles/research-scientist] .count").text()).matches("[1-9][0-9,]*");
		assertThat(home.select(".job-card h3 a").eachAttr("href"))
			.contains("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug());
		assertThat(home.select("form[action=/jobs] input[name=q]")).isNotEmpty();
	}

	@Test
	void theChineseFeedTitleHasNoStraySpace() throws Exception {
		Document role = Jsoup.parse(this.mvc.perform(get("/roles/ai-safety").locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(role.select("link[type=application/rss+xml][href*=role]").attr("title"))
			.isEqualTo("Slope 最新职位：AI 安全研究员");
		assertThat(role.select("link[type=application/atom+xml][href*=role]").attr("title"))
			.isEqualTo("Slope 最新职位：AI 安全研究员");
	}

	@Test
	void rolePageDescribesTheRoleAndListsItsPostings() throws Exception {
		Document role = page("/roles/research-scientist");

		assertThat(role.select("h1").text()).isEqualTo("Research scientist");
		assertThat(role.text()).contains("NeurIPS");
		assertThat(role.select(".job-card h3").eachText()).contains("Senior Research Scientist, Zephyrology");
		assertThat(role.select("link[type=application/atom+xml]").eachAttr("href"))
			.contains("/jobs/feed.atom?role=research-scientist");
	}

	@Test
	void searchPageFindsAndFiltersAndKeepsEverythingInTheUrl() throws Exception {
		Document results = page("/jobs?q=zephyrology&country=gb&seniority=senior");

		assertThat(results.select(".job-card h3").eachText()).containsExactly("Senior Research Scientist, Zephyrology");
		assertThat(results.select("#result-count").text()).isEqualTo("1 opening");
		assertThat(results.select("input#country-GB").hasAttr("checked")).isTrue();
		assertThat(results.select("input#seniority-senior").hasAttr("checked")).isTrue();
		assertThat(results.select("input#q").val()).isEqualTo("zephyrology");
		assertThat(results.select(".job-card .salary").text()).isEqualTo("GBP 120,000–160,000 a year");
		assertThat(results.select("a[href^=/jobs/feed.atom]").attr("href"))
			.isEqualTo("/jobs/feed.atom?q=zephyrology&seniority=senior&country=GB");
	}

	@Test
	void facetValuesWithoutResultsAreDisabledUnlessSelected() throws Exception {
		// the posting is senior: an intern search finds nothing, and each group is counted without its own filter
		Document results = page("/jobs?q=zephyrology&seniority=intern");

		assertThat(results.select("#result-count").text()).isEqualTo("No openings");
		assertThat(results.select("input#seniority-senior").hasAttr("disabled")).isFalse();
		assertThat(results.select("input#seniority-entry").hasAttr("disabled")).isTrue();
		assertThat(results.select("input#seniority-entry").attr("aria-disabled")).isEqualTo("true");
		assertThat(results.select("input#seniority-entry").parents().first().hasClass("facet-empty")).isTrue();
		assertThat(results.select("input#role-research-scientist").hasAttr("disabled")).isTrue();
		assertThat(results.select("input#remote-hybrid").hasAttr("disabled")).isTrue();
		// chosen, so it can be unticked, though nothing matches it
		assertThat(results.select("input#seniority-intern").hasAttr("disabled")).isFalse();
		assertThat(results.select("input#seniority-intern").hasAttr("aria-disabled")).isFalse();
		assertThat(results.select("input#seniority-intern").hasAttr("checked")).isTrue();

		Document found = page("/jobs?q=zephyrology");
		assertThat(found.select("input#role-research-scientist").hasAttr("disabled")).isFalse();
		assertThat(found.select("input#role-ml-engineer[disabled][aria-disabled=true]")).hasSize(1);
		Document chinese = Jsoup.parse(this.mvc.perform(get("/jobs?q=zephyrology&seniority=intern").locale(Locale.SIMPLIFIED_CHINESE))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(chinese.select("input#seniority-entry[disabled][aria-disabled=true]")).hasSize(1);
		assertThat(chinese.select("input#seniority-intern[disabled]")).isEmpty();
	}

	@Test
	void htmxRequestsGetOnlyTheResultsFragmentAndTheCanonicalUrl() throws Exception {
		MvcResult result = this.mvc.perform(get("/jobs?q=zephyrology&salary=&days=").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url", "/jobs?q=zephyrology"))
			.andReturn();
		String body = result.getResponse().getContentAsString();

		assertThat(body).startsWith("<div id=\"search\"").doesNotContain("<html", "<header");
		// the count is announced through a live region outside the swapped part
		assertThat(Jsoup.parse(body).select("#search-status[hx-swap-oob]").text()).isEqualTo("1 opening");
		assertThat(Jsoup.parse(body).select(".job-card h3").eachText())
			.containsExactly("Senior Research Scientist, Zephyrology");
	}

	@Test
	void badParametersGetClearMessagesNotErrors() throws Exception {
		String html = this.mvc
			.perform(get("/jobs?role=astronaut&seniority=boss&salary=lots&days=0&sort=random&country=XX&visa=maybe")
				.locale(Locale.ENGLISH))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select("#search-errors li").eachText()).containsExactlyInAnyOrder(
				"There is no role type “astronaut”.",
				"There is no seniority “boss”: use intern, entry, mid, senior, staff, principal or director.",
				"The minimum pay “lots” must be a whole number of US dollars a year from 0 to 10000000.",
				"“0” is not a number of days from 1 to 365.",
				"There is no sort order “random”: use relevance, newest, salary or deadline.",
				"“XX” is not a country code: use two letters such as US or DE.",
				"The visa filter “maybe” must be true or false.");
		assertThat(page.select(".job-card")).isNotEmpty();
	}

	@Test
	void tooLongKeywordsAndPagesPastTheEndAreExplained() throws Exception {
		Document tooLong = Jsoup.parse(this.mvc.perform(get("/jobs").param("q", "x".repeat(201)).locale(Locale.ENGLISH))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tooLong.select("#search-errors li").text())
			.isEqualTo("Keywords can be at most 200 characters; yours had 201.");

		Document past = Jsoup.parse(this.mvc.perform(get("/jobs?q=zephyrology&page=7").locale(Locale.ENGLISH))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(past.select("#search-errors li").text()).isEqualTo("There is no page 7: this search has 1 page.");

		Document deep = Jsoup.parse(this.mvc.perform(get("/jobs?page=999999").locale(Locale.ENGLISH))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(deep.select("#search-errors li").text())
			.isEqualTo("Only the first 10000 results can be browsed; narrow your search to see the rest.");
	}

	@Test
	void emptyResultsSayso() throws Exception {
		Document empty = page("/jobs?q=%22no+such+phrase+anywhere%22");

		assertThat(empty.select("#no-results").text()).contains("No jobs match this search.");
		assertThat(empty.select("#result-count").text()).isEqualTo("No openings");
	}

	@Test
	void postingPageShowsSalarySanitisedDescriptionAndApplyLink() throws Exception {
		Document job = page("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug());

		assertThat(job.select("h1").text()).isEqualTo("Senior Research Scientist, Zephyrology");
		assertThat(job.select("#salary").text()).isEqualTo("GBP 120,000–160,000 a year");
		assertThat(job.text()).contains("about USD 150,000–200,000 a year");
		assertThat(job.select("aside #apply").attr("href")).as("through Slope, which counts the click")
			.matches("/jobs/\\d+/external-apply");
		assertThat(job.select(".description h2").text()).isEqualTo("The team");
		assertThat(job.select(".description strong").text()).isEqualTo("zephyrology");
		assertThat(job.select(".description script")).isEmpty();
		assertThat(job.select(".description [onclick]")).isEmpty();
		assertThat(job.select(".description a[href^=javascript]")).isEmpty();
		assertThat(job.select("a#apply").attr("rel")).contains("noopener");
		assertThat(job.select("meta[property=og:title]").attr("content"))
			.isEqualTo("Senior Research Scientist, Zephyrology at Zephyr Compute");
		assertThat(job.select("meta[property=og:url]").attr("content"))
			.isEqualTo("http://localhost/jobs/" + this.posting.getId() + "-" + this.posting.getSlug());
	}

	@Test
	void postingPageCarriesSchemaOrgJobPosting() throws Exception {
		Document job = page("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug());
		String script = job.select("script[type=application/ld+json]").html();

		assertThat(script).doesNotContain("</script>").doesNotContain("<");
		JsonNode ld = this.json.readTree(script);
		assertThat(ld.get("@type").asString()).isEqualTo("JobPosting");
		assertThat(ld.get("title").asString()).isEqualTo("Senior Research Scientist, Zephyrology");
		assertThat(ld.get("description").asString()).contains("<strong>zephyrology</strong>").doesNotContain("<script");
		assertThat(ld.get("datePosted").asString()).isEqualTo(this.posting.getPublishedAt().toString());
		assertThat(ld.get("validThrough").asString()).isEqualTo(this.posting.getExpiresAt().toString());
		assertThat(ld.at("/hiringOrganization/name").asString()).isEqualTo("Zephyr Compute");
		assertThat(ld.at("/jobLocation/address/addressLocality").asString()).isEqualTo("London");
		assertThat(ld.at("/jobLocation/address/addressCountry").asString()).isEqualTo("GB");
		assertThat(ld.at("/baseSalary/@type").asString()).isEqualTo("MonetaryAmount");
		assertThat(ld.at("/baseSalary/currency").asString()).isEqualTo("GBP");
		assertThat(ld.at("/baseSalary/value/minValue").asInt()).isEqualTo(120_000);
		assertThat(ld.at("/baseSalary/value/maxValue").asInt()).isEqualTo(160_000);
		assertThat(ld.at("/baseSalary/value/unitText").asString()).isEqualTo("YEAR");
		assertThat(ld.get("employmentType").asString()).isEqualTo("FULL_TIME");
		assertThat(ld.at("/identifier/value").asString()).isEqualTo(String.valueOf(this.posting.getId()));
		assertThat(ld.get("directApply").asBoolean()).isFalse();
	}

	@Test
	void remotePostingsAreTelecommuteInJsonLd() throws Exception {
		JobPosting remote = this.fixture.posting(this.company, "ai-safety", "Remote Interpretability Researcher")
			.location(RemotePolicy.REMOTE, null, "US")
			.save();
		Document job = page("/jobs/" + remote.getId() + "-" + remote.getSlug());
		JsonNode ld = this.json.readTree(job.select("script[type=application/ld+json]").html());

		assertThat(ld.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
		assertThat(ld.at("/applicantLocationRequirements/name").asString()).isEqualTo("US");
		assertThat(ld.has("jobLocation")).isFalse();
		assertThat(ld.get("directApply").asBoolean()).as("no apply URL: applications are taken in Slope").isTrue();
	}

	@Test
	void directApplyIsTrueOnlyWhereSlopeTakesTheApplication() throws Exception {
		JobPosting inSlope = this.fixture.posting(this.company, "ml-engineer", "Applied to in Slope").save();
		JobPosting external = this.fixture.posting(this.company, "ml-engineer", "Applied to elsewhere")
			.applyUrl("https://zephyr.example/careers/2")
			.save();

		JsonNode inSlopeLd = this.json.readTree(page("/jobs/" + inSlope.getId() + "-" + inSlope.getSlug())
			.select("script[type=application/ld+json]").html());
		JsonNode externalLd = this.json.readTree(page("/jobs/" + external.getId() + "-" + external.getSlug())
			.select("script[type=application/ld+json]").html());

		assertThat(inSlopeLd.get("directApply").asBoolean()).isTrue();
		assertThat(externalLd.get("directApply").asBoolean()).isFalse();
	}

	@Test
	void wrongSlugRedirectsAndUnknownOrHiddenPostingsAreStyled404s() throws Exception {
		this.mvc.perform(get("/jobs/" + this.posting.getId() + "-old-title"))
			.andExpect(redirectedUrl("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug()));
		this.mvc.perform(get("/jobs/" + this.posting.getId()))
			.andExpect(redirectedUrl("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug()));
		JobPosting draft = this.fixture.posting(this.company, "ml-engineer", "Secret draft").draft().save();

		// an expired posting answers 410 with its page (ClosedPostingTests)
		for (String url : new String[] { "/jobs/" + draft.getId() + "-secret-draft", "/jobs/99999999-nothing",
				"/roles/astronaut", "/companies/no-such-company" }) {
			this.mvc.perform(get(url).locale(Locale.ENGLISH).accept("text/html"))
				.andExpect(status().isNotFound())
				.andExpect(view().name("error/404"));
		}
	}

	@Test
	void companyPageListsItsOpenPostings() throws Exception {
		Document page = page("/companies/" + this.company.getSlug());

		assertThat(page.select("h1").text()).startsWith("Zephyr Compute").contains("Verified");
		assertThat(page.select(".job-card h3").eachText()).contains("Senior Research Scientist, Zephyrology")
			.doesNotContain("Secret draft", "Old");
	}

	@Test
	void everyPageSpeaksChineseWhenAskedAndRemembersIt() throws Exception {
		MvcResult switched = this.mvc.perform(get("/jobs?q=zephyrology&lang=zh-CN"))
			.andExpect(status().isOk())
			.andReturn();
		Document zh = Jsoup.parse(switched.getResponse().getContentAsString());
		Cookie remembered = switched.getResponse().getCookie("slope-lang");

		assertThat(zh.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(zh.select("#result-count").text()).isEqualTo("1 个机会");
		assertThat(zh.select("label[for=q]").text()).isEqualTo("关键词");
		assertThat(remembered).isNotNull();

		Document home = Jsoup.parse(this.mvc.perform(get("/").cookie(remembered))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(home.select("h1").text()).isEqualTo("在 AI 领域找到你的位置");
		assertThat(home.select("a[href=/roles/research-scientist] span").first().text()).isEqualTo("研究科学家");
		assertThat(home.select(".language-switch a[lang=en]").attr("href")).isEqualTo("/?lang=en");

		Document job = Jsoup.parse(this.mvc.perform(get("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug())
			.cookie(remembered)).andReturn().getResponse().getContentAsString());
		assertThat(job.select("#salary").text()).isEqualTo("GBP 120,000–160,000（每年）");
		assertThat(job.text()).as("a city Slope knows, in Chinese beside its country").contains("伦敦，英国 · 混合办公")
			.doesNotContain("London");
	}

	@Test
	void pagesSendASecurityPolicyTheyKeep() throws Exception {
		MvcResult result = this.mvc.perform(get("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug()))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());

		// no inline script runs: every script is either a file of ours or a JSON-LD data block
		page.select("script").forEach(script -> assertThat(
				script.hasAttr("src") ? script.attr("src") : script.attr("type"))
			.matches("/webjars/.*|application/ld\\+json"));
		assertThat(page.select("[onclick], [onload], [onchange], [style]")).isEmpty();
	}

	@Test
	void feedsListNewPostingsOverallPerRoleAndPerSearch() throws Exception {
		String feed = this.mvc.perform(get("/jobs/feed.atom?q=zephyrology").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document atom = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());

		assertThat(atom.select("feed > title").text()).isEqualTo("Slope: new jobs for “zephyrology”");
		assertThat(atom.select("entry > title").eachText())
			.containsExactly("Senior Research Scientist, Zephyrology — Zephyr Compute");
		assertThat(atom.select("entry > link").attr("href"))
			.isEqualTo("http://localhost/jobs/" + this.posting.getId() + "-" + this.posting.getSlug());

		String roleFeed = this.mvc.perform(get("/jobs/feed.atom?role=research-scientist").locale(Locale.ENGLISH))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(roleFeed, "", org.jsoup.parser.Parser.xmlParser()).select("feed > title").text())
			.isEqualTo("Slope: new Research scientist jobs");
		this.mvc.perform(get("/jobs/feed.atom")).andExpect(status().isOk());
		this.mvc.perform(get("/jobs/feed.atom?role=astronaut")).andExpect(status().isBadRequest());
	}

	@Test
	void theRssFeedListsTheSameItemsAsTheAtomFeedInValidRss2() throws Exception {
		String feed = this.mvc.perform(get("/jobs/feed.rss?q=zephyrology").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.w3c.dom.Document rss = xml(feed);
		javax.xml.xpath.XPath path = javax.xml.xpath.XPathFactory.newInstance().newXPath();

		assertThat(path.evaluate("/rss/@version", rss)).isEqualTo("2.0");
		assertThat(path.evaluate("/rss/channel/title", rss)).isEqualTo("Slope: new jobs for “zephyrology”");
		assertThat(path.evaluate("/rss/channel/link", rss)).isEqualTo("http://localhost/jobs?q=zephyrology&sort=newest");
		assertThat(path.evaluate("/rss/channel/description", rss)).isNotBlank();
		assertThat(path.evaluate("count(/rss/channel/item)", rss)).isEqualTo("1");
		String pagePath = "/jobs/" + this.posting.getId() + "-" + this.posting.getSlug();
		assertThat(path.evaluate("/rss/channel/item/title", rss))
			.isEqualTo("Senior Research Scientist, Zephyrology — Zephyr Compute");
		assertThat(path.evaluate("/rss/channel/item/link", rss)).isEqualTo("http://localhost" + pagePath);
		assertThat(path.evaluate("/rss/channel/item/guid", rss))
			.isEqualTo("http://localhost/jobs/" + this.posting.getId());
		assertThat(path.evaluate("/rss/channel/item/guid/@isPermaLink", rss)).isEqualTo("true");
		java.time.Instant published = java.time.ZonedDateTime
			.parse(path.evaluate("/rss/channel/item/pubDate", rss), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant();
		assertThat(published).isEqualTo(this.posting.getPublishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(path.evaluate("/rss/channel/item/description", rss)).contains("GBP 120,000–160,000", "JAX");

		org.w3c.dom.Document chinese = xml(this.mvc.perform(get("/jobs/feed.rss?role=research-scientist")
				.locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(path.evaluate("/rss/channel/description", chinese)).contains("职位");
		// RFC 822 day and month names are English in every language
		assertThat(path.evaluate("/rss/channel/item[1]/pubDate", chinese)).matches("[A-Z][a-z]{2}, .* GMT");
		this.mvc.perform(get("/jobs/feed.rss?role=astronaut")).andExpect(status().isBadRequest());
	}

	@Test
	void everyPageOffersBothFeeds() throws Exception {
		Document home = page("/");

		assertThat(home.select("head link[type=application/rss+xml]").attr("href")).isEqualTo("/jobs/feed.rss");
		assertThat(home.select("head link[type=application/atom+xml]").attr("href")).isEqualTo("/jobs/feed.atom");
		assertThat(page("/jobs?q=zephyrology").select("head link[type=application/rss+xml]").eachAttr("href"))
			.contains("/jobs/feed.rss?q=zephyrology");
	}

	@Test
	void theRolesPageListsEveryFamilyAndRoleTypeInTheReadersLanguage() throws Exception {
		Document roles = page("/roles");

		assertThat(roles.select("h1").text()).isEqualTo("Roles in AI");
		assertThat(roles.select("#role-families h2").eachText()).contains("Research", "Hardware");
		assertThat(roles.select("#role-families a[href=/roles/research-scientist]").text())
			.startsWith("Research scientist");
		assertThat(roles.select("header a.nav-link[href=/roles]")).isNotEmpty();

		Document chinese = Jsoup.parse(this.mvc.perform(get("/roles?lang=zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(chinese.select("h1").text()).isEqualTo("AI 岗位类型");
		assertThat(chinese.select("#role-families a[href=/roles/research-scientist]").text()).startsWith("研究科学家");
	}

	@Test
	void anHtmxSearchSwapsTheLanguageLinksForTheAddressItPushes() throws Exception {
		String body = this.mvc
			.perform(get("/jobs?q=zephyrology&role=research-scientist&salary=&days=").header("HX-Request", "true")
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Push-Url", "/jobs?q=zephyrology&role=research-scientist"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document fragment = Jsoup.parse(body);

		assertThat(fragment.select("#language-switch").attr("hx-swap-oob")).isEqualTo("true");
		assertThat(fragment.select("#language-switch a[lang=zh-CN]").attr("href"))
			.isEqualTo("/jobs?q=zephyrology&role=research-scientist&lang=zh-CN");
		assertThat(fragment.select("#language-switch a[lang=en]").attr("href"))
			.isEqualTo("/jobs?q=zephyrology&role=research-scientist&lang=en");
		// a full page has the switch once, in the header, and not swapped out of band
		Document full = page("/jobs?q=zephyrology");
		assertThat(full.select("#language-switch")).hasSize(1);
		assertThat(full.select("#language-switch").hasAttr("hx-swap-oob")).isFalse();
	}

	@Test
	void aCorrectedKeywordIsWhatTheLanguageLinksCarry() throws Exception {
		Document fragment = Jsoup.parse(this.mvc
			.perform(get("/jobs?q=zephyrolgy").header("HX-Request", "true").locale(Locale.ENGLISH))
			.andExpect(header().string("HX-Push-Url", "/jobs?q=zephyrology"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(fragment.select("#language-switch a[lang=zh-CN]").attr("href"))
			.isEqualTo("/jobs?q=zephyrology&lang=zh-CN");
	}

	@Test
	void aChinesePostingHasItsOwnWordsInItsAddress() throws Exception {
		JobPosting chinese = this.fixture.posting(this.company, "ml-engineer", "高级机器学习工程师（推荐系统）").save();
		String encoded = "/jobs/" + chinese.getId() + "-"
				+ java.net.URLEncoder.encode("高级机器学习工程师-推荐系统", java.nio.charset.StandardCharsets.UTF_8);

		assertThat(chinese.getSlug()).isEqualTo("高级机器学习工程师-推荐系统");
		this.mvc.perform(get("/jobs/" + chinese.getId())).andExpect(redirectedUrl(encoded));
		this.mvc.perform(get("/jobs/" + chinese.getId() + "-job")).andExpect(redirectedUrl(encoded));
		this.mvc.perform(get(java.net.URI.create("/jobs/" + chinese.getId() + "-%E9%AB%98%E7%BA%A7")))
			.andExpect(redirectedUrl(encoded));
		Document page = Jsoup.parse(this.mvc.perform(get(java.net.URI.create(encoded)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).contains("高级机器学习工程师（推荐系统）");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + encoded);
		JsonNode ld = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(ld.get("url").asString()).isEqualTo("http://localhost" + encoded);
		assertThat(page("/jobs?q=推荐系统").select(".job-card h3 a").eachAttr("href")).contains(encoded);
	}

	private static org.w3c.dom.Document xml(String text) throws Exception {
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
	}

	@Test
	void headRequestsReachPublicPagesWithoutLogin() throws Exception {
		for (String url : new String[] { "/", "/jobs", "/jobs/feed.atom", "/jobs/feed.rss", "/roles", "/roles/research-scientist", "/api/v1/jobs" }) {
			this.mvc.perform(head(url)).andExpect(status().isOk());
		}
	}

	@Test
	void oddPostingUrlsRedirectOrGiveTheStyled404() throws Exception {
		this.mvc.perform(get("/jobs/" + this.posting.getId() + "-Senior-Research-Scientist"))
			.andExpect(redirectedUrl("/jobs/" + this.posting.getId() + "-" + this.posting.getSlug()));
		this.mvc.perform(get("/jobs/99999999999999999999-x").locale(Locale.ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
	}

	@Test
	void notFoundPagesKeepTheLanguage() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/roles/astronaut?lang=zh-CN"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("h1").text()).isEqualTo("找不到这个页面");
		assertThat(page.select(".language-switch a[lang=en]").attr("href")).isEqualTo("/roles/astronaut?lang=en");
	}

	@Test
	void keywordsWithPlusSignsSurviveEveryLink() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(get("/jobs").param("q", "c++ zephyrology").param("remote", "hybrid").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("input#q").val()).isEqualTo("c++ zephyrology");
		assertThat(page.select("a[href^=/jobs/feed.atom]").attr("href"))
			.isEqualTo("/jobs/feed.atom?q=c%2B%2B+zephyrology&remote=hybrid");
		assertThat(page.select(".language-switch a[lang=zh-CN]").attr("href")).contains("q=c%2B%2B");
	}

	@Test
	void theDefaultSortStaysImplicitAndUnusualValuesFromALinkAreKept() throws Exception {
		Document page = page("/jobs?salary=175000&days=3&size=50");

		assertThat(page.select("#sort option[selected]").val()).isEmpty();
		assertThat(page.select("#sort option[selected]").text()).isEqualTo("Newest");
		assertThat(page.select("input#salary-175000").hasAttr("checked")).isTrue();
		assertThat(page.select("input#days-3").hasAttr("checked")).isTrue();
		assertThat(page.select("input[type=hidden][name=size]").val()).isEqualTo("50");
	}

	@Test
	void aPagePastTheEndLinksToTheLastPage() throws Exception {
		Document past = Jsoup.parse(this.mvc.perform(get("/jobs?q=zephyrology&page=7").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(past.select("#no-results")).isEmpty();
		assertThat(past.select("#past-end a").attr("href")).isEqualTo("/jobs?q=zephyrology");
	}

	@Test
	void healthIsPublicAndMetricsAreForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"UP\"")));
		this.mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
	}

}
