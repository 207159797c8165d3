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
