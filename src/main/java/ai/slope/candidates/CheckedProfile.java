package ai.slope.candidates;

import java.util.List;
import java.util.Set;

import ai.slope.roles.Seniority;
import ai.slope.web.SkillTags;

/**
 * A profile whose every value passed the rules of {@link ProfileRules}, in the form it is stored.
 */
record CheckedProfile(String headline, String summary, String country, String city, boolean openToRemote,
		boolean openToRelocation, Integer yearsOfExperience, Integer minimumSalary, String salaryCurrency,
		Set<Long> roleTypeIds, Set<Seniority> seniorities, List<SkillTags.Skill> skills, String githubUrl,
		String scholarUrl, String huggingFaceUrl, String linkedinUrl, String websiteUrl, String aminerUrl,
		String openreviewUrl, String orcidUrl, String dblpUrl, String semanticScholarUrl) {

	/** Without the research links of issue 18. */
	CheckedProfile(String headline, String summary, String country, String city, boolean openToRemote,
			boolean openToRelocation, Integer yearsOfExperience, Integer minimumSalary, String salaryCurrency,
			Set<Long> roleTypeIds, Set<Seniority> seniorities, List<SkillTags.Skill> skills, String githubUrl,
			String scholarUrl, String huggingFaceUrl, String linkedinUrl, String websiteUrl) {
		this(headline, summary, country, city, openToRemote, openToRelocation, yearsOfExperience, minimumSalary,
				salaryCurrency, roleTypeIds, seniorities, skills, githubUrl, scholarUrl, huggingFaceUrl, linkedinUrl,
				websiteUrl, null, null, null, null, null);
	}

}
