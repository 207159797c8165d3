package ai.slope;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the OpenSearch variants of the tests when {@code SLOPE_TEST_OPENSEARCH_URL} names a node
 * ({@code opensearch/run.sh start} starts one at http://127.0.0.1:9200). Without it they are skipped with a message,
 * except in CI ({@code CI=true}, or {@code SLOPE_TEST_OPENSEARCH_REQUIRED=true}, which {@code .ci/run} sets), where
 * they fail.
 */
public class OpenSearchAvailable implements ExecutionCondition {

	static final String URL = "SLOPE_TEST_OPENSEARCH_URL";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String url = System.getenv(URL);
		if (url != null && !url.isBlank()) {
			return ConditionEvaluationResult.enabled("OpenSearch at " + url);
		}
		if ("true".equals(System.getenv("CI")) || "true".equals(System.getenv("SLOPE_TEST_OPENSEARCH_REQUIRED"))) {
			throw new IllegalStateException("CI needs an OpenSearch node for the search tests: opensearch/run.sh start, "
					+ "then " + URL + "=http://127.0.0.1:9200");
		}
		return ConditionEvaluationResult.disabled("No " + URL + ": the OpenSearch variants of the search tests are "
				+ "skipped (opensearch/run.sh start, then " + URL + "=http://127.0.0.1:9200)");
	}

}
