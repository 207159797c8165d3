package ai.slope.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import ai.slope.jobs.search.SlopeAnalysisConfigurer;

/**
 * The {@code text} and {@code text_query} analysers of the search indexes, built in this JVM from the same Lucene
 * components, for what the application itself must analyse when the index lives on OpenSearch (the words of a
 * candidate search's explanations): OpenSearch runs these very classes. On the Lucene backend the index's own
 * analysers are used instead; {@code TextAnalyzersTests} checks that the two agree.
 */
public final class TextAnalyzers {

	private static final Analyzer INDEXING = build(true);

	private static final Analyzer QUERY = build(false);

	private TextAnalyzers() {
	}

	/** The analyser of indexed text ({@code text}). */
	public static Analyzer indexing() {
		return INDEXING;
	}

	/** The analyser of the words searched for ({@code text_query}). */
	public static Analyzer query() {
		return QUERY;
	}

	/**
	 * The tokens an analyser makes of a text, in order.
	 */
	public static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static Analyzer build(boolean unigrams) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder();
			for (String[] name : SlopeAnalysisConfigurer.LANGUAGE_NAMES) {
				builder.addCharFilter(PatternReplaceCharFilterFactory.class, "pattern",
						SlopeAnalysisConfigurer.languageNamePattern(name[0]), "replacement", name[1]);
			}
			return builder.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(CJKWidthFilterFactory.class)
				.addTokenFilter(EnglishPossessiveFilterFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.addTokenFilter(EnglishMinimalStemFilterFactory.class)
				.addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", String.valueOf(unigrams))
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
