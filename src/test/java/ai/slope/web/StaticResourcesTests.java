package ai.slope.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import ai.slope.SlopeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Stylesheets and scripts under versioned addresses kept for a year, and pages that never look in the jar for
 * them once the addresses are known.
 */
@SlopeIntegrationTest
class StaticResourcesTests {

	private static final List<String> PAGES = List.of("/", "/jobs?q=research", "/jobs", "/roles", "/salaries",
			"/login", "/does-not-exist");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void pagesLinkToVersionedFilesThatBrowsersKeepForAYear() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

		String stylesheet = page.select("link[rel=stylesheet][href^=/css/]").attr("href");
		assertThat(stylesheet).matches("/css/slope-[0-9a-f]{32}\\.css");
		assertThat(page.select("link[rel=stylesheet][href^=/webjars/]").attr("href"))
			.matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css");
		assertThat(page.select("script[src*=htmx]").attr("src"))
			.matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
		assertThat(page.select("link[rel=icon]").attr("href")).matches("/images/favicon-[0-9a-f]{32}\\.svg");

		for (String file : List.of(stylesheet, page.select("script[src*=htmx]").attr("src"),
				page.select("script[src*=bootstrap]").attr("src"), page.select("link[rel=icon]").attr("href"))) {
			MockHttpServletResponse response = this.mvc.perform(get(file)).andReturn().getResponse();
			assertThat(response.getStatus()).as(file).isEqualTo(200);
			assertThat(response.getContentAsByteArray()).as(file).isNotEmpty();
			assertThat(response.getHeader("Cache-Control")).as(file)
				.contains("max-age=31536000").contains("public").contains("immutable");
		}
	}

	@Test
	void aFileThatIsNotThereIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/css/nothing-here.css")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/webjars/bootstrap/../../../application.properties"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(400, 404);
	}

	@Test
	void renderingPagesDoesNotLookInTheJarOnceTheAddressesAreKnown() throws Exception {
		for (String page : PAGES) {
			this.mvc.perform(get(page));
		}
		AtomicInteger lookups = new AtomicInteger();
		Map<ResourceHttpRequestHandler, List<ResourceResolver>> original = countLookups(lookups);
		try {
			for (String page : PAGES) {
				this.mvc.perform(get(page));
				this.mvc.perform(get(page).header("Accept-Language", "zh-CN"));
			}
			// a page's own links (/jobs/…, /roles/…) are not resource addresses: nothing to look up
			assertThat(this.resourceUrls.getForLookupPath("/jobs/1-research-scientist")).isNull();
			assertThat(this.resourceUrls.getForLookupPath("/roles/research-scientist")).isNull();
		}
		finally {
			original.forEach(ResourceHttpRequestHandler::setResourceResolvers);
		}
		assertThat(lookups).as("look-ups of static files below the resource chain's cache").hasValue(0);
	}

	/**
	 * Puts a resolver that counts what reaches it right below each handler's cache (or first, for a handler
	 * without one): what the cache answers never reaches it, every look-up in the jar does.
	 */
	private Map<ResourceHttpRequestHandler, List<ResourceResolver>> countLookups(AtomicInteger lookups) {
		Map<ResourceHttpRequestHandler, List<ResourceResolver>> original = new HashMap<>();
		for (ResourceHttpRequestHandler handler : this.resourceUrls.getHandlerMap().values()) {
			List<ResourceResolver> resolvers = new ArrayList<>(handler.getResourceResolvers());
			original.put(handler, List.copyOf(resolvers));
			int belowCache = 0;
			for (int i = 0; i < resolvers.size(); i++) {
				if (resolvers.get(i) instanceof CachingResourceResolver) {
					belowCache = i + 1;
				}
			}
			resolvers.add(belowCache, new CountingResolver(lookups));
			handler.setResourceResolvers(resolvers);
		}
		assertThat(original).as("resource handlers").isNotEmpty();
		return original;
	}

	private record CountingResolver(AtomicInteger lookups) implements ResourceResolver {

		@Override
		public Resource resolveResource(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			this.lookups.incrementAndGet();
			return chain.resolveResource(request, requestPath, locations);
		}

		@Override
		public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			this.lookups.incrementAndGet();
			return chain.resolveUrlPath(resourcePath, locations);
		}

	}

}
