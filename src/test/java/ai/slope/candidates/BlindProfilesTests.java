package ai.slope.candidates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What blind review takes out of a candidate's own words ({@link BlindProfiles#redact}): their name in every form it
 * is written, contact details, and nothing else.
 */
class BlindProfilesTests {

	@Test
	void theNameAndEachOfItsPartsGoInAnyCaseAndWidth() {
		assertThat(BlindProfiles.redact("I am Ada Lovelace; ada for short. LOVELACE, Ａｄａ.", "Ada Lovelace"))
			.isEqualTo("I am [name]; [name] for short. [name], [name].");
		// a part inside another word stays: Adam is not Ada
		assertThat(BlindProfiles.redact("Adam and Canada", "Ada Lovelace")).isEqualTo("Adam and Canada");
		// one letter is no name to look for
		assertThat(BlindProfiles.redact("J. Smith wrote J2", "J Smith")).isEqualTo("J. [name] wrote J2");
	}

	@Test
	void aChineseNameGoesWhereverItStandsAndWithoutItsFamilyName() {
		assertThat(BlindProfiles.redact("我是张伟明，伟明在北京工作。", "张伟明")).isEqualTo("我是[name]，[name]在北京工作。");
	}

	@Test
	void contactDetailsAreReplacedBySayingWhatTheyWere() {
		assertThat(BlindProfiles.redact("Mail ada@example.org or see https://ada.dev/cv and github.com/ada-l, "
				+ "@ada_l on X, call +44 (20) 7946 0958.", null))
			.isEqualTo("Mail [e-mail] or see [link] and [link] [handle] on X, call [phone].");
	}

	@Test
	void yearsNumbersAndSkillsStay() {
		String text = "2018-2021 at a lab, 120,000 steps, Python 3.11, C++, Node.js, 5 papers, h-index 12.";
		assertThat(BlindProfiles.redact(text, "Person 12")).isEqualTo(text);
	}

	@Test
	void nothingStaysNothing() {
		assertThat(BlindProfiles.redact(null, "Ada")).isEmpty();
		assertThat(BlindProfiles.redact("", "Ada")).isEmpty();
		assertThat(BlindProfiles.redact("Research engineer", "")).isEqualTo("Research engineer");
	}

}
