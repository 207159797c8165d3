package db.migration;

import org.junit.jupiter.api.Test;

import ai.slope.jobs.Slugs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V23 writes out the slug rule so it stays what it was when it ran; today it must give what {@code Slugs} gives,
 * or a posting migrated by it would be redirected to another slug on its first visit.
 */
class PostingSlugsMigrationTests {

	@Test
	void theMigrationMakesTheSlugsThatSlugsMakes() {
		for (String title : new String[] { "高级机器学习工程师（推荐系统）", "GPU 推理优化工程师", "Ingénieure ML — Zürich",
				"Senior Research Scientist, Multimodal", "——", "ＡＩ安全研究员", "工程师".repeat(40), "word ".repeat(40) }) {
			assertThat(V23__posting_slugs_keep_every_script.slug(title)).as(title).isEqualTo(Slugs.of(title));
		}
	}

}
