package ai.slope.jobs.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analysers of Slope's search index.
 * <p>
 * {@code text} serves English and Chinese alike: the standard tokenizer splits Latin text into words and
 * Chinese into single characters, which the CJK bigram filter joins into overlapping pairs. Single
 * characters are kept as well, so a one-character query still matches. English words are folded to ASCII,
 * lower-cased and reduced to their singular (engineers finds engineer). Queries are analysed by
 * {@code text_query}, the same without single Chinese characters.
 * <p>
 * Before any of that, names of languages that the tokenizer would cut to a letter become words of their own, in
 * both the index and the queries: {@code C#} is {@code csharp}, {@code C++} {@code cplusplus}, {@code F#}
 * {@code fsharp}, {@code .NET} {@code dotnet} and {@code Node.js} {@code nodejs} (in any case, as whole words),
 * so that {@code C#} finds C# and not C, and {@code C} finds neither.
 */
public class SlopeAnalysisConfigurer implements LuceneAnalysisConfigurer {

	/** Neither a letter nor a digit before or after: the name is a whole word. */
	private static final String BEFORE = "(?<![\\p{L}\\p{N}])";

	private static final String AFTER = "(?![\\p{L}\\p{N}#+])";

	/** Pattern (case-insensitive) and the word it becomes. */
	public static final String[][] LANGUAGE_NAMES = { { "c#", "csharp" }, { "c\\+\\+", "cplusplus" },
			{ "f#", "fsharp" }, { "\\.net", "dotnet" }, { "node\\.js", "nodejs" } };

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		languageNames(context.analyzer("text").custom().tokenizer(StandardTokenizerFactory.class))
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
		languageNames(context.analyzer("text_query").custom().tokenizer(StandardTokenizerFactory.class))
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EnglishMinimalStemFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class);
		// Words as people spell them, for spelling suggestions: no stemming, so a suggestion is a real word.
		languageNames(context.analyzer("spelling").custom().tokenizer(StandardTokenizerFactory.class))
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer("lowercase").custom().tokenFilter(LowerCaseFilterFactory.class);
	}

	/** The pattern of a language name as a whole word, in any case. */
	public static String languageNamePattern(String name) {
		return "(?i)" + BEFORE + name + AFTER;
	}

	private static LuceneAnalysisOptionalComponentsStep languageNames(
			LuceneAnalysisOptionalComponentsStep analyzer) {
		for (String[] name : LANGUAGE_NAMES) {
			analyzer.charFilter(PatternReplaceCharFilterFactory.class)
				.param("pattern", languageNamePattern(name[0]))
				.param("replacement", name[1]);
		}
		return analyzer;
	}

}
