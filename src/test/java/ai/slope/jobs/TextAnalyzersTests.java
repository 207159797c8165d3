package ai.slope.jobs;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.SlopeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysers built in this JVM ({@link TextAnalyzers}, used on OpenSearch where the application analyses words
 * itself) make the same tokens as the Lucene index's own; {@code OpenSearchAnalysisTests} checks OpenSearch's.
 */
@SlopeIntegrationTest
class TextAnalyzersTests {

	/** English, possessives, plurals, accents, full-width letters, Chinese, and the language names with symbols. */
	static final List<String> SAMPLES = List.of("Senior Research Engineers' tooling for PyTorch's kernels",
			"Café résumé naïve Zürich", "ＦＵＬＬ－ｗｉｄｔｈ ｌｅｔｔｅｒｓ ３", "机器学习工程师 大模型 模",
			"C# C++ F# .NET Node.js ASP.NET and C", "ML/AI infra: k8s, CUDA 12.4 & JAX");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void makeTheTokensOfTheLuceneIndexsOwnAnalysers() {
		LuceneIndexManager index = Search.mapping(this.entityManagerFactory)
			.indexedEntity(JobPosting.class)
			.indexManager()
			.unwrap(LuceneIndexManager.class);
		for (String sample : SAMPLES) {
			assertThat(tokens(TextAnalyzers.indexing(), sample)).as(sample)
				.isEqualTo(tokens(index.indexingAnalyzer(), "text", sample));
			assertThat(tokens(TextAnalyzers.query(), sample)).as(sample)
				.isEqualTo(tokens(index.searchAnalyzer(), "text", sample));
		}
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		return tokens(analyzer, "text", text);
	}

	static List<String> tokens(Analyzer analyzer, String field, String text) {
		return TextAnalyzers.tokens(analyzer, field, text);
	}

}
