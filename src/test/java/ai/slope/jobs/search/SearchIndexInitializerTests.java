package ai.slope.jobs.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.PostingFixture;

import static org.assertj.core.api.Assertions.assertThat;

@SlopeIntegrationTest
class SearchIndexInitializerTests {

	@Autowired
	SearchIndexInitializer initializer;

	@Autowired
	JobSearch search;

	@Autowired
	PostingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsTheMappingVersionAndRebuildsAnIndexOfAnotherVersion() throws Exception {
		java.nio.file.Path version = this.initializer.versionFile();
		assertThat(java.nio.file.Files.readString(version)).isEqualTo(SearchIndexInitializer.MAPPING_VERSION);

		java.nio.file.Files.writeString(version, "0");
		this.initializer.reindexIfOutOfStep();

		assertThat(java.nio.file.Files.readString(version)).isEqualTo(SearchIndexInitializer.MAPPING_VERSION);
	}

	@Test
	void rebuildsTheIndexWhenRowsWereWrittenBehindItsBack() throws Exception {
		Company company = this.fixture.company("Backfill Systems");
		this.fixture.posting(company, "data-engineer", "Indexed through JPA").save();
		this.jdbc.update("""
				insert into job_posting (company_id, role_type_id, title, slug, seniority, employment_type,
				  remote_policy, country, salary_min, salary_max, salary_currency, salary_period, salary_min_usd,
				  salary_max_usd, description, status, published_at, expires_at)
				select ?, id, 'Written by SQL', 'written-by-sql', 'MID', 'FULL_TIME', 'REMOTE', 'US', 100000, 120000,
				  'USD', 'YEAR', 100000, 120000, 'Bulk loaded.', 'PUBLISHED', now(), now() + interval '30 days'
				from role_type where slug = 'data-engineer'
				""", company.getId());
		JobQuery query = JobQuery.all().withCompany(company.getSlug());
		assertThat(this.search.search(query).total()).isEqualTo(1);

		this.initializer.reindexIfOutOfStep();

		assertThat(this.search.search(query).hits()).extracting(h -> h.title())
			.containsExactlyInAnyOrder("Indexed through JPA", "Written by SQL");
		assertThat(this.search.search(query.withKeywords("bulk")).total()).isEqualTo(1);
		java.nio.file.Path index = this.initializer.versionFile().resolveSibling("job_posting");
		try (org.apache.lucene.store.FSDirectory directory = org.apache.lucene.store.FSDirectory.open(index);
				org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
			assertThat(reader.leaves()).as("a rebuilt index is merged into one segment").hasSize(1);
		}
	}

}
