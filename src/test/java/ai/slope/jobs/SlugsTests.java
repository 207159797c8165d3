package ai.slope.jobs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesLowerCaseAsciiSlugs() {
		assertThat(Slugs.of("Senior Research Scientist, Multimodal")).isEqualTo("senior-research-scientist-multimodal");
		assertThat(Slugs.of("Ingénieure ML — Zürich")).isEqualTo("ingenieure-ml-zurich");
	}

	@Test
	void fallsBackForTitlesWithoutLatinLetters() {
		assertThat(Slugs.of("高级机器学习工程师")).isEqualTo("job");
	}

	@Test
	void cutsLongTitlesAtAWordBoundary() {
		String slug = Slugs.of("word ".repeat(40));
		assertThat(slug.length()).isLessThanOrEqualTo(80);
		assertThat(slug).doesNotEndWith("-").endsWith("word");
	}

}
