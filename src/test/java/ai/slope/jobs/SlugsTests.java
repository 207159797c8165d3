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
	void keepsTheWordsOfAChineseTitle() {
		assertThat(Slugs.of("高级机器学习工程师")).isEqualTo("高级机器学习工程师");
		assertThat(Slugs.of("GPU 推理优化工程师（北京）")).isEqualTo("gpu-推理优化工程师-北京");
		assertThat(Slugs.of("ＡＩ安全研究员")).isEqualTo("ai安全研究员");
	}

	@Test
	void fallsBackForTitlesWithoutLettersOrDigits() {
		assertThat(Slugs.of("——！")).isEqualTo("job");
		assertThat(Slugs.of(null)).isEqualTo("job");
	}

	@Test
	void percentEncodesTheSlugInAPostingsPath() {
		assertThat(Slugs.path(1363, "高级")).isEqualTo("/jobs/1363-%E9%AB%98%E7%BA%A7");
		assertThat(Slugs.path(7, "ml-engineer")).isEqualTo("/jobs/7-ml-engineer");
	}

	@Test
	void cutsALongChineseTitleWithoutSplittingACharacter() {
		String slug = Slugs.of("工程师".repeat(40) + "𠀀");
		assertThat(slug.codePointCount(0, slug.length())).isEqualTo(80);
		assertThat(slug).startsWith("工程师");
	}

	@Test
	void cutsLongTitlesAtAWordBoundary() {
		String slug = Slugs.of("word ".repeat(40));
		assertThat(slug.length()).isLessThanOrEqualTo(80);
		assertThat(slug).doesNotEndWith("-").endsWith("word");
	}

}
