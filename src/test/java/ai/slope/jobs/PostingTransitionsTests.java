package ai.slope.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import ai.slope.companies.Company;
import ai.slope.companies.SizeBand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A posting guards its own lifecycle: a transition that does not fit its status throws, changes nothing and
 * records nothing; one that fits records itself for the history.
 */
class PostingTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

	private static final Long ACTOR = 7L;

	private static JobPosting posting(boolean verified, JobStatus status) {
		Company company = new Company("lattice", "Lattice", "https://lattice.example", "Makes lattices.",
				SizeBand.SMALL, "US", NOW);
		if (verified) {
			company.verify();
		}
		JobPosting posting = new JobPosting(company, null, "Lattice engineer", ACTOR, "", NOW);
		switch (status) {
			case DRAFT -> {
			}
			case PUBLISHED -> posting.publish(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), NOW);
			case PENDING_REVIEW -> {
				posting.publish(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), NOW);
				posting.sendToReview(NOW);
			}
			case REJECTED -> {
				posting.publish(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), NOW);
				posting.sendToReview(NOW);
				posting.reject(ACTOR, "No pay range", NOW);
			}
			case CLOSED -> {
				posting.publish(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), NOW);
				posting.close(ACTOR, CloseReason.FILLED, NOW);
			}
			case EXPIRED -> {
				posting.publish(NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(1)), NOW);
				posting.expire(NOW);
			}
		}
		posting.takeStatusChanges();
		assertThat(posting.getStatus()).isEqualTo(status);
		return posting;
	}

	private static void refused(JobStatus status, String action, Consumer<JobPosting> transition) {
		JobPosting posting = posting(true, status);
		Instant updated = posting.getUpdatedAt();
		assertThatThrownBy(() -> transition.accept(posting)).isInstanceOf(PostingStateException.class)
			.hasMessage("Cannot " + action + " a posting that is " + status)
			.satisfies(ex -> assertThat(((PostingStateException) ex).getStatus()).isEqualTo(status));
		assertThat(posting.getStatus()).isEqualTo(status);
		assertThat(posting.getUpdatedAt()).isEqualTo(updated);
		assertThat(posting.takeStatusChanges()).isEmpty();
	}

	@Test
	void onlyADraftOrARejectedPostingIsSubmitted() {
		for (JobStatus status : new JobStatus[] { JobStatus.PUBLISHED, JobStatus.PENDING_REVIEW, JobStatus.CLOSED,
				JobStatus.EXPIRED }) {
			refused(status, "submit", p -> p.submit(ACTOR, NOW));
		}
	}

	@Test
	void onlyAPostingOnTheBoardOrInReviewIsClosedFilledOrCancelled() {
		for (JobStatus status : new JobStatus[] { JobStatus.DRAFT, JobStatus.REJECTED, JobStatus.CLOSED,
				JobStatus.EXPIRED }) {
			refused(status, "close", p -> p.close(ACTOR, CloseReason.FILLED, NOW));
			refused(status, "close", p -> p.close(ACTOR, CloseReason.CANCELLED, NOW));
		}
	}

	@Test
	void onlyAClosedOrExpiredPostingIsRelisted() {
		for (JobStatus status : new JobStatus[] { JobStatus.DRAFT, JobStatus.PUBLISHED, JobStatus.PENDING_REVIEW,
				JobStatus.REJECTED }) {
			refused(status, "relist", p -> p.relist(ACTOR, 30, NOW));
		}
	}

	@Test
	void onlyAPublishedPostingIsExtendedExpiredOrSentBackToReview() {
		for (JobStatus status : new JobStatus[] { JobStatus.DRAFT, JobStatus.PENDING_REVIEW, JobStatus.REJECTED,
				JobStatus.CLOSED, JobStatus.EXPIRED }) {
			refused(status, "extend", p -> p.extend(ACTOR, 30, NOW));
			refused(status, "expire", p -> p.expire(NOW.plus(Duration.ofDays(90))));
			refused(status, "submit", p -> p.sendToReview(NOW));
		}
	}

	@Test
	void aPublishedPostingWhoseTimeIsNotUpDoesNotExpire() {
		refused(JobStatus.PUBLISHED, "expire", p -> p.expire(NOW));
	}

	@Test
	void onlyAPostingInReviewIsApprovedOrRejected() {
		for (JobStatus status : new JobStatus[] { JobStatus.DRAFT, JobStatus.PUBLISHED, JobStatus.REJECTED,
				JobStatus.CLOSED, JobStatus.EXPIRED }) {
			refused(status, "approve", p -> p.approve(ACTOR, NOW));
			refused(status, "reject", p -> p.reject(ACTOR, "Too late", NOW));
		}
	}

	@Test
	void onlyADraftIsPublishedWithDatesOfItsOwn() {
		for (JobStatus status : new JobStatus[] { JobStatus.PUBLISHED, JobStatus.PENDING_REVIEW, JobStatus.REJECTED,
				JobStatus.CLOSED, JobStatus.EXPIRED }) {
			refused(status, "publish", p -> p.publish(NOW, NOW.plus(Duration.ofDays(30)), NOW));
		}
	}

	@Test
	void eachTransitionThatFitsRecordsWhoMadeItFromWhichStatusToWhichAndWhy() {
		JobPosting posting = new JobPosting(posting(false, JobStatus.DRAFT).getCompany(), null, "Lattice engineer",
				ACTOR, "postings.reason.duplicated", NOW);
		assertThat(posting.takeStatusChanges()).containsExactly(
				new JobPosting.StatusChange(NOW, ACTOR, null, JobStatus.DRAFT, "postings.reason.duplicated"));

		posting.submit(ACTOR, NOW);
		posting.approve(8L, NOW.plusSeconds(60));
		posting.extend(ACTOR, 14, NOW.plusSeconds(120));
		posting.close(ACTOR, CloseReason.FILLED, NOW.plusSeconds(180));
		posting.relist(ACTOR, 21, NOW.plusSeconds(240));

		assertThat(posting.takeStatusChanges()).containsExactly(
				new JobPosting.StatusChange(NOW, ACTOR, JobStatus.DRAFT, JobStatus.PENDING_REVIEW,
						"postings.reason.sent-to-review"),
				new JobPosting.StatusChange(NOW.plusSeconds(60), 8L, JobStatus.PENDING_REVIEW, JobStatus.PUBLISHED,
						"postings.reason.approved"),
				new JobPosting.StatusChange(NOW.plusSeconds(120), ACTOR, JobStatus.PUBLISHED, JobStatus.PUBLISHED,
						"postings.reason.extended"),
				new JobPosting.StatusChange(NOW.plusSeconds(180), ACTOR, JobStatus.PUBLISHED, JobStatus.CLOSED,
						"postings.close-reason.FILLED"),
				new JobPosting.StatusChange(NOW.plusSeconds(240), ACTOR, JobStatus.CLOSED, JobStatus.PENDING_REVIEW,
						"postings.reason.sent-to-review"));
		assertThat(posting.getExpiryDays()).isEqualTo(21);
		assertThat(posting.takeStatusChanges()).isEmpty();
	}

}
