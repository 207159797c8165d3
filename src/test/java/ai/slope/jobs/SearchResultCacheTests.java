package ai.slope.jobs;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results kept by {@link JobSearch#search} on Lucene: the same search answers the same result again, and a kept
 * result is never one the search would no longer find — a change to the index or the next minute is a new search.
 */
@SlopeIntegrationTest
class SearchResultCacheTests {

	@Autowired
	JobSearch search;

	@Autowired
	PostingFixture fixture;

	@Autowired
	JobPostingRepository postings;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theSameSearchIsAnsweredAgainFromWhatWasKept() {
		Company company = this.fixture.company("Kept Results");
		this.fixture.posting(company, "ml-engineer", "Kept Result Engineer").save();
		JobQuery ofCompany = JobQuery.all().withCompany(company.getSlug());

		JobSearchResult first = this.search.search(ofCompany);

		assertThat(first.total()).isEqualTo(1);
		assertThat(this.search.search(ofCompany)).isSameAs(first);
		assertThat(this.search.search(ofCompany.withPage(2, JobQuery.DEFAULT_SIZE))).isNotSameAs(first);
	}

	@Test
	void aPostingPublishedOrRemovedAfterASearchIsFoundOrGoneInTheNextOne() {
		Company company = this.fixture.company("Changed Results");
		JobQuery ofCompany = JobQuery.all().withCompany(company.getSlug());
		assertThat(this.search.search(ofCompany).hits()).isEmpty();

		JobPosting posting = this.fixture.posting(company, "ml-engineer", "Changed Result Engineer").save();

		assertThat(this.search.search(ofCompany).hits()).extracting(JobSummary::id).containsExactly(posting.getId());
		this.postings.delete(posting);
		assertThat(this.search.search(ofCompany).hits()).isEmpty();
	}

	@Test
	void aPostingThatExpiresLeavesTheResultsAtTheNextMinuteThoughTheIndexIsUnchanged() {
		Company company = this.fixture.company("Expiring Results");
		JobPosting posting = this.fixture.posting(company, "ml-engineer", "Expiring Result Engineer").save();
		JobQuery ofCompany = JobQuery.all().withCompany(company.getSlug());
		assertThat(this.search.search(ofCompany).total()).isEqualTo(1);

		this.clock.advance(Duration.between(this.clock.instant(), posting.getExpiresAt()).plusMinutes(1));

		assertThat(this.search.search(ofCompany).hits()).isEmpty();
		assertThat(this.search.search(ofCompany).total()).isZero();
	}

}
