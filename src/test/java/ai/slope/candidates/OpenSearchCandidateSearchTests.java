package ai.slope.candidates;

import ai.slope.OpenSearchIntegrationTest;

/**
 * Every candidate search test of {@link CandidateSearchTests}, with the index on OpenSearch: the same answers.
 */
@OpenSearchIntegrationTest
class OpenSearchCandidateSearchTests extends CandidateSearchTests {

}
