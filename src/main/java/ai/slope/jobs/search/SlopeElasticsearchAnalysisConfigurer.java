package ai.slope.jobs.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link SlopeAnalysisConfigurer}, defined for OpenSearch with the components of its common
 * analysis module, which are the same Lucene classes: pattern replacements of the language names, the standard
 * tokenizer, {@code cjk_width}, the English possessive and minimal (plural) stemmers, {@code lowercase},
 * {@code asciifolding} and {@code cjk_bigram} (with single characters in the index, without in queries).
 */
public class SlopeElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		String[] languageNames = new String[SlopeAnalysisConfigurer.LANGUAGE_NAMES.length];
		for (int i = 0; i < languageNames.length; i++) {
			String[] name = SlopeAnalysisConfigurer.LANGUAGE_NAMES[i];
			languageNames[i] = "slope_" + name[1];
			context.charFilter(languageNames[i])
				.type("pattern_replace")
				.param("pattern", SlopeAnalysisConfigurer.languageNamePattern(name[0]))
				.param("replacement", name[1]);
		}
		context.tokenFilter("slope_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("slope_plural").type("stemmer").param("language", "minimal_english");
		context.tokenFilter("slope_bigrams_and_unigrams").type("cjk_bigram").param("output_unigrams", true);
		context.tokenFilter("slope_bigrams").type("cjk_bigram").param("output_unigrams", false);
		context.analyzer("text")
			.custom()
			.tokenizer("standard")
			.charFilters(languageNames)
			.tokenFilters("cjk_width", "slope_possessive", "lowercase", "asciifolding", "slope_plural",
					"slope_bigrams_and_unigrams");
		context.analyzer("text_query")
			.custom()
			.tokenizer("standard")
			.charFilters(languageNames)
			.tokenFilters("cjk_width", "slope_possessive", "lowercase", "asciifolding", "slope_plural",
					"slope_bigrams");
		context.analyzer("spelling")
			.custom()
			.tokenizer("standard")
			.charFilters(languageNames)
			.tokenFilters("lowercase", "asciifolding");
		context.normalizer("lowercase").custom().tokenFilters("lowercase");
	}

}
