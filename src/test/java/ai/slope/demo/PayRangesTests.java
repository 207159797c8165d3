package ai.slope.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayRangesTests {

	@Test
	void roundsPayTheWayPeopleWriteIt() {
		assertThat(PayRanges.roundNicely(168_345)).isEqualTo(170_000);
		assertThat(PayRanges.roundNicely(45_120)).isEqualTo(45_000);
		assertThat(PayRanges.roundNicely(8_432)).isEqualTo(8_450);
		assertThat(PayRanges.roundNicely(12_345_678)).isEqualTo(12_500_000);
		assertThat(PayRanges.roundNicely(62)).isEqualTo(62);
		assertThat(PayRanges.roundNicely(0)).isEqualTo(1);
	}

}
