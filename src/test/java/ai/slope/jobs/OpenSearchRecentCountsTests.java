package ai.slope.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.OpenSearchIntegrationTest;
import ai.slope.OutboxDrained;
import ai.slope.companies.Company;
import ai.slope.roles.Seniority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On OpenSearch a search's total and counts are kept for a few seconds (docs/search.md): the shared search tests run
 * with that off (they compare counts right after each write), so these searches are made by {@link JobSearch}es of
 * their own, on this context's index, one keeping counts for a minute and one for a second.
 */
@OpenSearchIntegrationTest
class OpenSearchRecentCountsTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PostingFixture fixture;

	@Autowired
	JobPostingRepository postings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	private JobSearch keepingAMinute;

	private JobSearch keepingASecond;

	@BeforeEach
	void twoSearches() {
		this.keepingAMinute = keeping(60);
		this.keepingASecond = keeping(1);
	}

	@AfterEach
	void stopCounting() {
		this.keepingAMinute.stopCounting();
		this.keepingASecond.stopCounting();
	}

	@Test
	void aChangeThePageCannotShowReachesTheCountsWithinTheKeptSeconds() throws Exception {
		Company company = this.fixture.company("Recent Counts Labs");
		JobPosting posting = this.fixture.posting(company, "ml-engineer", "Inference engineer")
			.seniority(Seniority.SENIOR)
			.save();
		JobQuery all = JobQuery.all().withCompany(company.getSlug());
		drained();
		assertThat(this.keepingAMinute.search(all).facets().seniorities()).containsEntry(Seniority.SENIOR, 1L);
		assertThat(this.keepingASecond.search(all).facets().seniorities()).containsEntry(Seniority.SENIOR, 1L);

		this.transactions.executeWithoutResult(status -> this.postings.findById(posting.getId())
			.orElseThrow()
			.setSeniority(Seniority.STAFF));
		drained();

		// the same total, the same page: the counts kept for the minute stand
		JobSearchResult kept = this.keepingAMinute.search(all);
		assertThat(kept.total()).isEqualTo(1);
		assertThat(kept.facets().seniorities()).containsEntry(Seniority.SENIOR, 1L).doesNotContainKey(Seniority.STAFF);
		// kept for a second, they are counted anew once it has passed
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.keepingASecond.search(all).facets().seniorities().get(Seniority.STAFF),
					count -> count != null && count == 1L);
		assertThat(this.keepingASecond.search(all).facets().seniorities()).doesNotContainKey(Seniority.SENIOR);
	}

	@Test
	void aPostingThePageShowsIsCountedAtOnceEvenWhileCountsAreKept() throws Exception {
		Company company = this.fixture.company("Counted At Once Labs");
		this.fixture.posting(company, "ml-engineer", "Inference engineer").save();
		JobQuery all = JobQuery.all().withCompany(company.getSlug());
		drained();
		assertThat(this.keepingAMinute.search(all).total()).isEqualTo(1);

		this.fixture.posting(company, "research-engineer", "Research engineer").save();
		drained();

		// the page shows two postings where one was counted: the kept total contradicts it, so all is counted anew
		JobSearchResult after = this.keepingAMinute.search(all);
		assertThat(after.hits()).hasSize(2);
		assertThat(after.total()).isEqualTo(2);
		assertThat(after.facets().roleTypes()).containsEntry("ml-engineer", 1L).containsEntry("research-engineer", 1L);
	}

	@Test
	void aKeptTotalAgreesWithAPageOnlyWhenThePageCouldFollowFromIt() {
		JobQuery first = JobQuery.all();
		List<String> three = List.of("a", "b", "c");
		// a page that is not full ends the results: the total is exactly what comes before it and its own
		assertThat(JobSearch.agrees(three, first, 3)).isTrue();
		assertThat(JobSearch.agrees(three, first, 2)).isFalse();
		assertThat(JobSearch.agrees(three, first, 4)).isFalse();
		// a full page needs at least as many
		List<Integer> full = Collections.nCopies(first.size(), 1);
		assertThat(JobSearch.agrees(full, first, first.size() + 40)).isTrue();
		assertThat(JobSearch.agrees(full, first, first.size() - 1)).isFalse();
	}

	private JobSearch keeping(int seconds) {
		return new JobSearch(this.entityManagerFactory, this.clock, 2000, 1, 1000, "opensearch", seconds);
	}

	private void drained() throws InterruptedException {
		OutboxDrained.awaitDrained(this.jdbc, this.entityManagerFactory);
	}

}
