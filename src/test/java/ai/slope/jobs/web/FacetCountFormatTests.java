package ai.slope.jobs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import ai.slope.SlopeIntegrationTest;
import ai.slope.roles.Seniority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts beside the search's filters are grouped as the reader's language groups numbers ("3,022"), as every
 * other count is; thousands of postings are more than a test makes, so the filter fragment is rendered with them.
 */
@SlopeIntegrationTest
class FacetCountFormatTests {

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	private Document seniorityFilter(Locale locale) {
		Context variables = new Context(locale);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		variables.setVariable("values", List.of(Seniority.SENIOR, Seniority.STAFF));
		variables.setVariable("selected", Set.of());
		variables.setVariable("counts", Map.of(Seniority.SENIOR, 3022L, Seniority.STAFF, 0L));
		return Jsoup.parse(this.templates.process("test/enum-filter", variables));
	}

	@Test
	void facetCountsAreGroupedInEnglishAndChinese() {
		assertThat(seniorityFilter(Locale.ENGLISH).select(".count").eachText()).containsExactly("3,022", "0");
		assertThat(seniorityFilter(Locale.SIMPLIFIED_CHINESE).select(".count").eachText()).containsExactly("3,022",
				"0");
	}

}
