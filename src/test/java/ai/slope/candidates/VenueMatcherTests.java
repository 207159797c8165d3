package ai.slope.candidates;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VenueMatcherTests {

	static final TopVenue NEURIPS = new TopVenue("NeurIPS", "Conference on Neural Information Processing Systems",
			List.of("NIPS", "Advances in Neural Information Processing Systems"), VenueField.ML);

	static final TopVenue ICML = new TopVenue("ICML", "International Conference on Machine Learning", List.of(),
			VenueField.ML);

	static final TopVenue CVPR = new TopVenue("CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
			List.of("Conference on Computer Vision and Pattern Recognition"), VenueField.VISION);

	static final TopVenue NATURE = new TopVenue("Nature", "Nature", List.of(), VenueField.ML);

	static final TopVenue RSS = new TopVenue("RSS", "Robotics: Science and Systems", List.of(), VenueField.ROBOTICS);

	final VenueMatcher matcher = new VenueMatcher(List.of(NEURIPS, ICML, CVPR, NATURE, RSS));

	private Optional<String> match(String typed) {
		return this.matcher.match(typed).map(TopVenue::getAcronym);
	}

	@ParameterizedTest
	@ValueSource(strings = { "NeurIPS", "neurips", "NEURIPS", "NeurIPS 2023", "NeurIPS'23", "NeurIPS2023",
			"NIPS", "nips 2017", "Advances in Neural Information Processing Systems",
			"Advances in Neural Information Processing Systems 36", "advances in neural information processing systems",
			"Conference on Neural Information Processing Systems (NeurIPS 2022)", "  NeurIPS   2021  ",
			"NeurIPS 2024 (Spotlight)" })
	void everySpellingOfNeurIpsIsNeurIps(String typed) {
		assertThat(match(typed)).as(typed).contains("NeurIPS");
	}

	@Test
	void proceedingsTitlesAndParenthesesAreMatchedByTheNameOrTheAcronymInside() {
		assertThat(match("Proceedings of the 40th International Conference on Machine Learning")).contains("ICML");
		assertThat(match("Proceedings of the 40th International Conference on Machine Learning (ICML 2023)"))
			.contains("ICML");
		assertThat(match("ICML 2023 (Oral)")).contains("ICML");
		assertThat(match("In: ICML")).as("a word before the name is another venue").isEmpty();
	}

	@Test
	void publishersAndPunctuationDoNotMatter() {
		assertThat(match("IEEE Conference on Computer Vision and Pattern Recognition")).contains("CVPR");
		assertThat(match("IEEE/CVF Conference on Computer Vision and Pattern Recognition, 2024")).contains("CVPR");
		assertThat(match("CVPR-2024")).contains("CVPR");
		assertThat(match("Robotics Science and Systems XIX")).as("a roman volume is a word").isEmpty();
		assertThat(match("Robotics: Science & Systems")).contains("RSS");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "arXiv", "arXiv preprint arXiv:2305.12345", "NeurIPS 2023 Workshop on Robustness",
			"Nature Machine Intelligence", "Nature Communications", "ICMLA", "Findings of EMNLP", "2023",
			// an ordinal written out in words is not taken out
			"Thirty-seventh Conference on Neural Information Processing Systems" })
	void otherVenuesStayFreeText(String typed) {
		assertThat(match(typed)).as(typed).isEmpty();
	}

	@Test
	void aNullVenueIsNoVenue() {
		assertThat(this.matcher.match(null)).isEmpty();
	}

	@Test
	void keysIgnoreCaseYearsOrdinalsAndALeadingProceedingsOf() {
		assertThat(VenueMatcher.key("Proceedings of the 38th AAAI Conference, 2024")).isEqualTo("aaai conference");
		assertThat(VenueMatcher.key("The Web Conference")).isEqualTo("web conference");
		assertThat(VenueMatcher.key("ＮｅｕｒＩＰＳ　２０２３")).as("full-width letters and digits").isEqualTo("neurips");
	}

	@Test
	void whenTwoVenuesShareANameTheFirstWins() {
		TopVenue other = new TopVenue("NIPS", "Not the same", List.of(), VenueField.ETHICS);
		assertThat(new VenueMatcher(List.of(NEURIPS, other)).match("nips")).containsSame(NEURIPS);
	}

}
