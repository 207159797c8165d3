package ai.slope.applications;

import java.util.List;

import ai.slope.candidates.ProfileSummary;
import ai.slope.web.SkillTags;

/**
 * An applicant as the posting's recruiters see them in the pipeline.
 * @param profile their profile's summary, or null when they have none (applying shares it with the company)
 * @param matchedSkills the posting's skills that their profile has, in the posting's order
 */
public record Applicant(ApplicantRow row, ProfileSummary profile, List<String> matchedSkills) {

	public Applicant {
		matchedSkills = List.copyOf(matchedSkills);
	}

	public long applicationId() {
		return this.row.applicationId();
	}

	/**
	 * Whether a skill of the profile, as its owner wrote it, is one the posting asks for.
	 */
	public boolean isMatched(String profileSkill) {
		String tag = SkillTags.tag(profileSkill);
		return this.matchedSkills.stream().anyMatch(skill -> SkillTags.tag(skill).equals(tag));
	}

}
