package ai.slope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application with its search indexes on OpenSearch (profile {@code opensearch}): the node named
 * by {@code SLOPE_TEST_OPENSEARCH_URL}, which {@code .ci/run} starts. The search tests' OpenSearch variants extend
 * the Lucene ones with this annotation, expecting the same answers; all of them share one application context.
 * Changes reach the index through the outbox (outbox-polling), as with several instances; each search of a test
 * waits until the outbox is empty ({@link OutboxDrained}), so that it reads its own writes as on Lucene.
 * Without the variable they are skipped with a message, except in CI, where they fail ({@link OpenSearchAvailable}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebIntegrationTest
@ActiveProfiles({ "test", "opensearch" })
@ExtendWith(OpenSearchAvailable.class)
@Import(OutboxDrained.class)
public @interface OpenSearchIntegrationTest {

}
