package ai.slope.jobs;

import ai.slope.OpenSearchIntegrationTest;

/**
 * Every program search test of {@link ProgramSearchTests}, with the index on OpenSearch: the same answers.
 */
@OpenSearchIntegrationTest
class OpenSearchProgramSearchTests extends ProgramSearchTests {

}
