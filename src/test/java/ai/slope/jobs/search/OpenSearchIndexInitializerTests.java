package ai.slope.jobs.search;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.OpenSearchIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.PostingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On OpenSearch the index is the cluster's: its mapping version is kept in PostgreSQL, its start-up check and
 * rebuild run on one instance at a time (a ShedLock lock), and an empty index on a fresh cluster is filled from
 * PostgreSQL.
 */
@OpenSearchIntegrationTest
class OpenSearchIndexInitializerTests {

	@Autowired
	SearchIndexInitializer initializer;

	@Autowired
	JobSearch search;

	@Autowired
	PostingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void anEmptyIndexOnAFreshClusterIsFilledFromPostgreSQL() {
		Company company = this.fixture.company("Fresh Cluster " + UUID.randomUUID());
		this.fixture.posting(company, "ml-engineer", "Kept in PostgreSQL").save();
		JobQuery ofCompany = JobQuery.all().withCompany(company.getSlug());
		assertThat(this.search.search(ofCompany).total()).isEqualTo(1);

		// a new, empty cluster: the index is there (created at start-up) but holds nothing
		Search.mapping(this.entityManagerFactory).scope(JobPosting.class).schemaManager().dropAndCreate();
		assertThat(this.search.search(ofCompany).total()).isZero();

		this.initializer.reindexIfOutOfStep();
		assertThat(this.search.search(ofCompany).total()).isEqualTo(1);
	}

	@Test
	void theVersionIsTheClustersAndARebuildRunsOnOneInstanceAtATime() {
		assertThat(mappingVersion()).isEqualTo(SearchIndexInitializer.MAPPING_VERSION);
		this.jdbc.update("update search_index_version set mapping_version = '0' where index_name = 'job_posting'");

		// another instance holds the lock: this one leaves the index to it
		this.jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) "
				+ "values ('search-index-job_posting', now() + interval '1 hour', now(), 'another instance') "
				+ "on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
		try {
			this.initializer.reindexIfOutOfStep();
			assertThat(mappingVersion()).isEqualTo("0");
		}
		finally {
			// released (ShedLock keeps the row, and remembers that it exists)
			this.jdbc.update("update shedlock set lock_until = now() where name = 'search-index-job_posting'");
		}

		this.initializer.reindexIfOutOfStep();
		assertThat(mappingVersion()).isEqualTo(SearchIndexInitializer.MAPPING_VERSION);
	}

	private String mappingVersion() {
		return this.jdbc.queryForObject(
				"select mapping_version from search_index_version where index_name = 'job_posting'", String.class);
	}

}
