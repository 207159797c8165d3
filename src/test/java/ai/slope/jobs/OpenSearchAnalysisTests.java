package ai.slope.jobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.OpenSearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenSearch's analysers ({@code SlopeElasticsearchAnalysisConfigurer}) make the same tokens as the Lucene index's
 * (through {@link TextAnalyzers}, which {@link TextAnalyzersTests} holds to the Lucene index's): nothing differs.
 */
@OpenSearchIntegrationTest
class OpenSearchAnalysisTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void openSearchsAnalysersMakeTheTokensOfTheLuceneOnes() throws IOException {
		ElasticsearchIndexManager index = Search.mapping(this.entityManagerFactory)
			.indexedEntity(JobPosting.class)
			.indexManager()
			.unwrap(ElasticsearchIndexManager.class);
		RestClient client = index.backend().client(RestClient.class);
		String name = index.descriptor().readName();
		for (String sample : TextAnalyzersTests.SAMPLES) {
			assertThat(analyze(client, name, "text", sample)).as(sample)
				.isEqualTo(TextAnalyzersTests.tokens(TextAnalyzers.indexing(), sample));
			assertThat(analyze(client, name, "text_query", sample)).as(sample)
				.isEqualTo(TextAnalyzersTests.tokens(TextAnalyzers.query(), sample));
		}
	}

	private static List<String> analyze(RestClient client, String index, String analyzer, String text)
			throws IOException {
		JsonObject body = new JsonObject();
		body.addProperty("analyzer", analyzer);
		body.addProperty("text", text);
		Request request = new Request("POST", "/" + index + "/_analyze");
		request.setJsonEntity(body.toString());
		JsonObject answer = JsonParser.parseString(EntityUtils.toString(client.performRequest(request).getEntity()))
			.getAsJsonObject();
		List<String> tokens = new ArrayList<>();
		for (JsonElement token : answer.getAsJsonArray("tokens")) {
			tokens.add(token.getAsJsonObject().get("token").getAsString());
		}
		return tokens;
	}

}
