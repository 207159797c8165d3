package ai.slope.jobs;

import ai.slope.OpenSearchIntegrationTest;

/**
 * Every job search test of {@link JobSearchTests}, with the index on OpenSearch: the same answers.
 */
@OpenSearchIntegrationTest
class OpenSearchJobSearchTests extends JobSearchTests {

}
