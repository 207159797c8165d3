package ai.slope.candidates;

import ai.slope.OpenSearchIntegrationTest;

/**
 * Every test of {@link TopVenueSearchTests}, with the index on OpenSearch: the same answers.
 */
@OpenSearchIntegrationTest
class OpenSearchTopVenueSearchTests extends TopVenueSearchTests {

}
