package ai.slope.candidates;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.slope.roles.Seniority;
import ai.slope.web.SkillTags;

/**
 * What other modules may know of a seeker's profile, such as a recruiter's applicant list (a later issue). A
 * profile is private unless {@link #discoverable()}: show it to a recruiter only where its owner chose to
 * (applied to their posting, or made it discoverable).
 * @param country ISO 3166-1 alpha-2, or null
 * @param minimumSalary a year's pay in {@code salaryCurrency}, or null
 * @param skills the display forms, in their owner's order
 * @param skillTags the normalised tags of the same skills (see {@link SkillTags}), for matching
 * @param links the canonical address of each site the profile links to
 */
public record ProfileSummary(long accountId, String headline, String country, String city, boolean openToRemote,
		boolean openToRelocation, Integer yearsOfExperience, Set<Long> wantedRoleTypeIds, Set<Seniority> wantedSeniorities,
		Integer minimumSalary, String salaryCurrency, List<String> skills, List<String> skillTags,
		Map<ProfileLinks.Site, String> links, PublicationMetrics publications, boolean hasResume,
		boolean discoverable, int completenessPercent) {

	public ProfileSummary {
		wantedRoleTypeIds = Set.copyOf(wantedRoleTypeIds);
		wantedSeniorities = Set.copyOf(wantedSeniorities);
		skills = List.copyOf(skills);
		skillTags = List.copyOf(skillTags);
		links = Map.copyOf(links);
	}

	public boolean hasSkill(String typed) {
		return this.skillTags.contains(SkillTags.tag(typed));
	}

}
