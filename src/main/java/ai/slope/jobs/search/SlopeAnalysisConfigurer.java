package ai.slope.jobs.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of Slope's search index.
 * <p>
 * {@code text} serves English and Chinese alike: the standard tokenizer splits Latin text into words and
 * Chinese into single characters, which the CJK bigram filter joins into overlapping pairs. Single
 * characters are kept as well, so a one-character query still matches. English words are folded to ASCII,
 * lower-cased and reduced to their singular (engineers finds engineer). Queries are analysed by
 * {@code text_query}, the same without single Chinese characters.
 */
public class SlopeAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("text")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EnglishMinimalStemFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class)
			.param("outputUnigrams", "true");
		// Queries use bigrams only: with single characters as well, the token stream becomes a graph and
		// the query parser expands every path through it, which exceeds Lucene's clause limit from about
		// nine Chinese characters on. A lone character is still emitted as a unigram, matching the index.
		context.analyzer("text_query")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EnglishMinimalStemFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class);
		// Words as people spell them, for spelling suggestions: no stemming, so a suggestion is a real word.
		context.analyzer("spelling")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer("lowercase").custom().tokenFilter(LowerCaseFilterFactory.class);
	}

}
