package ai.slope;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.accounts.Account;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateHit;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.CandidateQuery;
import ai.slope.candidates.CandidateSearch;
import ai.slope.companies.Company;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On OpenSearch with outbox-polling, as several instances run: a committed change is written to the outbox table in
 * its own transaction and reaches the index through an event processor, within the delay docs/search.md states (the
 * searches here wait for the outbox, {@link OutboxDrained}, so an await that takes longer than the delay fails).
 */
@OpenSearchIntegrationTest
class SearchOutboxTests {

	/** The delay docs/search.md states, from a commit to what every instance's searches see. */
	static final Duration DELAY = Duration.ofSeconds(15);

	@Autowired
	JobSearch jobs;

	@Autowired
	Postings postings;

	@Autowired
	PostingFixture fixture;

	@Autowired
	CandidateSearch candidates;

	@Autowired
	CandidateFixture candidateFixture;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPostingPublishedIsFoundAndLeavesWhenClosedThroughTheOutbox() {
		Company company = this.fixture.company("Outbox Labs " + UUID.randomUUID());
		JobQuery ofCompany = JobQuery.all().withCompany(company.getSlug());
		JobPosting posting = this.fixture.posting(company, "ml-engineer", "Outbox engineer").save();

		await().atMost(DELAY).until(() -> this.jobs.search(ofCompany).total() == 1);
		assertThat(this.jobs.search(ofCompany.withKeywords("outbox")).facets().roleTypes()).containsEntry("ml-engineer",
				1L);
		// this instance's event processor is registered as an agent beside any other instance's
		assertThat(this.jdbc.queryForObject("select count(*) from hsearch_agent", Long.class)).isPositive();

		this.postings.close(null, company.getId(), posting.getId(), CloseReason.FILLED);
		await().atMost(DELAY).until(() -> this.jobs.search(ofCompany).total() == 0);
	}

	@Test
	void aProfileMadePrivateLeavesTheIndexWithinTheDelay() {
		String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Account seeker = this.candidateFixture.discoverable("Outbox researcher", tag).save();
		long recruiter = this.recruiters.recruiter(true).account().getId();
		CandidateQuery query = new CandidateQuery(null, List.of(tag), List.of(), Set.of(), Set.of(), null, null, Set.of(),
				false, false, null, null, null, Set.of(), null, 1, 20);

		await().atMost(DELAY).until(() -> found(recruiter, query).contains(seeker.getId()));

		this.profiles.setDiscoverable(seeker.getId(), false);
		// never shown once its owner was told (each hit is checked against PostgreSQL, see CandidateSearchTests), and
		// gone from the index itself, and so from the counts, within the delay
		await().atMost(DELAY).until(() -> this.candidates.search(recruiter, query).total() == 0);
		assertThat(found(recruiter, query)).isEmpty();
	}

	private List<Long> found(long recruiter, CandidateQuery query) {
		return this.candidates.search(recruiter, query).hits().stream().map(CandidateHit::accountId).toList();
	}

}
