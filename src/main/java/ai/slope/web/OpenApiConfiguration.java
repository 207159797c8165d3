package ai.slope.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * What the OpenAPI document and Swagger UI say about the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * With a site address configured, the document names it as the server, not the request's Host header.
	 */
	@Bean
	OpenAPI slopeApi(@Value("${slope.base-url:}") String baseUrl) {
		OpenAPI api = new OpenAPI();
		if (StringUtils.hasText(baseUrl)) {
			api.servers(List.of(new Server().url(baseUrl.strip().replaceAll("/+$", ""))));
		}
		return api.info(new Info().title("Slope API")
			.version("v1")
			.description("Slope's published AI job postings, its role taxonomy and salary statistics, open to "
					+ "everyone; and, for a logged-in recruiter (session cookie, CSRF token on writes), their "
					+ "company's postings and the candidate search. Errors are RFC 9457 problem documents. Add ?lang=zh-CN for messages in Chinese.")
			.license(new License().name("Salary data: aijobs.net salary index, CC0")
				.url("https://aijobs.net/salaries/")));
	}

}
