package ai.slope.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document and Swagger UI say about the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI slopeApi() {
		return new OpenAPI().info(new Info().title("Slope API")
			.version("v1")
			.description("Read-only access to Slope's published AI job postings and its role taxonomy. "
					+ "Errors are RFC 9457 problem documents. Add ?lang=zh-CN for messages in Chinese.")
			.license(new License().name("Salary data: aijobs.net salary index, CC0")
				.url("https://aijobs.net/salaries/")));
	}

}
