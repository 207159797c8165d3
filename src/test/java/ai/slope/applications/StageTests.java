package ai.slope.applications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageTests {

	@Test
	void recruitersMoveForwardOrRejectFromAnOpenStage() {
		assertThat(Stage.APPLIED.recruiterMayMoveTo(Stage.SCREENING)).isTrue();
		assertThat(Stage.APPLIED.recruiterMayMoveTo(Stage.INTERVIEW)).as("a stage may be skipped").isTrue();
		assertThat(Stage.OFFER.recruiterMayMoveTo(Stage.HIRED)).isTrue();
		assertThat(Stage.INTERVIEW.recruiterMayMoveTo(Stage.REJECTED)).isTrue();
		assertThat(Stage.INTERVIEW.recruiterMayMoveTo(Stage.SCREENING)).as("backwards").isFalse();
		assertThat(Stage.INTERVIEW.recruiterMayMoveTo(Stage.INTERVIEW)).as("where it is").isFalse();
		assertThat(Stage.APPLIED.recruiterMayMoveTo(Stage.WITHDRAWN)).as("only the seeker withdraws").isFalse();
		assertThat(Stage.APPLIED.recruiterMayMoveTo(Stage.APPLIED)).isFalse();
	}

	@Test
	void aSourcedCandidateIsMovedOnOnlyByThemselvesTheCompanyCanOnlyWithdrawTheInvitation() {
		assertThat(Stage.values()[0]).as("the first stage").isEqualTo(Stage.SOURCED);
		assertThat(Stage.SOURCED.isOpen()).isTrue();
		for (Stage target : Stage.values()) {
			assertThat(Stage.SOURCED.recruiterMayMoveTo(target)).as("SOURCED to %s", target)
				.isEqualTo(target == Stage.REJECTED);
			assertThat(target.recruiterMayMoveTo(Stage.SOURCED)).as("%s to SOURCED", target).isFalse();
		}
		assertThat(Stage.SOURCED.notifiesSeeker()).isFalse();
		assertThat(Stage.RECRUITER_TARGETS).doesNotContain(Stage.SOURCED, Stage.APPLIED);
		assertThat(Stage.SOURCED.seekerMessageKey()).isNotEqualTo(Stage.SOURCED.messageKey());
		assertThat(Stage.APPLIED.seekerMessageKey()).isEqualTo(Stage.APPLIED.messageKey());
	}

	@Test
	void hiredRejectedAndWithdrawnAreFinal() {
		for (Stage last : new Stage[] { Stage.HIRED, Stage.REJECTED, Stage.WITHDRAWN }) {
			assertThat(last.isOpen()).isFalse();
			for (Stage target : Stage.values()) {
				assertThat(last.recruiterMayMoveTo(target)).as("%s to %s", last, target).isFalse();
			}
		}
		assertThat(Stage.OFFER.isOpen()).isTrue();
	}

	@Test
	void theSeekerHearsOfInterviewsOffersAndDecisionsOnly() {
		assertThat(Stage.values()).filteredOn(Stage::notifiesSeeker)
			.containsExactly(Stage.INTERVIEW, Stage.OFFER, Stage.HIRED, Stage.REJECTED);
	}

}
