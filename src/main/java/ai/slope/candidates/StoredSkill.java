package ai.slope.candidates;

import jakarta.persistence.Embeddable;
import ai.slope.web.SkillTags;

/**
 * One skill of a profile as stored: its tag and its display form (see {@link SkillTags}).
 */
@Embeddable
class StoredSkill {

	private String tag;

	private String display;

	protected StoredSkill() {
	}

	StoredSkill(SkillTags.Skill skill) {
		this.tag = skill.tag();
		this.display = skill.display();
	}

	SkillTags.Skill toSkill() {
		return new SkillTags.Skill(this.tag, this.display);
	}

}
