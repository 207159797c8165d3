package db.migration;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.slope.web.SkillTags;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V25 writes out the skill-tag rule so it stays what it was when it ran; today it must give what {@code SkillTags}
 * gives, or a migrated posting would change again on its next save.
 */
class PostingSkillsMigrationTests {

	@Test
	void theMigrationKeepsOneSkillPerTagAsSkillTagsDoes() {
		List<String> skills = List.of("PyTorch", "py-torch", "  Py  Torch ", "C", "C++", "C#", ".NET", "ASP.NET",
				"Node.js", "NodeJS", "Python 3.11", "Python 311", "ＰｙＴｏｒｃｈ", "机器学习", "#", "--");
		assertThat(V25__posting_skills_one_per_tag.distinct(skills)).isEqualTo(SkillTags.distinct(skills))
			.containsExactly("PyTorch", "C", "C++", "C#", ".NET", "ASP.NET", "Node.js", "Python 3.11", "Python 311",
					"机器学习");
		for (String skill : skills) {
			assertThat(V25__posting_skills_one_per_tag.tag(skill)).as(skill).isEqualTo(SkillTags.tag(skill));
		}
	}

}
