package ai.slope.candidates.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.slope.candidates.CandidateProfile;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.web.SkillTags;

/**
 * What the profile form sends. Text only (and two checkboxes), so that every value comes back as typed with a
 * message of its own; the rules are {@code CandidateProfiles}'.
 * @param roleTypes the slugs of the checked role types
 * @param seniorities the names of the checked seniority levels
 * @param skills the skills, separated by commas
 * @param version the version of the profile the form was filled from (none before the first save)
 */
record ProfileForm(String headline, String summary, String country, String city, Boolean openToRemote,
		Boolean openToRelocation, String yearsOfExperience, List<String> roleTypes, List<String> seniorities,
		String minimumSalary, String salaryCurrency, String skills, String github, String scholar, String huggingFace,
		String linkedin, String website, String aminer, String openreview, String orcid, String dblp,
		String semanticScholar, Long version) {

	ProfileForm {
		// sorted, so that two forms with the same choices are equal whatever order the browser sent them in
		roleTypes = (roleTypes == null) ? List.of() : roleTypes.stream().filter(Objects::nonNull).distinct().sorted().toList();
		seniorities = (seniorities == null) ? List.of()
				: seniorities.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	static ProfileForm empty() {
		return new ProfileForm("", "", "", "", false, false, "", List.of(), List.of(), "", "USD", "", "", "", "", "", "",
				"", "", "", "", "", null);
	}

	/**
	 * @param slugs the slug of each role type, by id
	 */
	static ProfileForm of(CandidateProfile profile, Map<Long, String> slugs) {
		return new ProfileForm(profile.getHeadline(), profile.getSummary(), text(profile.getCountry()),
				profile.getCity(), profile.isOpenToRemote(), profile.isOpenToRelocation(),
				text(profile.getYearsOfExperience()),
				profile.getWantedRoleTypeIds().stream().map(slugs::get).filter(Objects::nonNull).sorted().toList(),
				profile.getWantedSeniorities().stream().map(Enum::name).toList(), text(profile.getMinimumSalary()),
				(profile.getSalaryCurrency() != null) ? profile.getSalaryCurrency() : "USD",
				String.join(", ", profile.getSkills().stream().map(SkillTags.Skill::display).toList()),
				text(profile.getGithubUrl()), text(profile.getScholarUrl()), text(profile.getHuggingFaceUrl()),
				text(profile.getLinkedinUrl()), text(profile.getWebsiteUrl()),
				text(profile.link(ai.slope.candidates.ProfileLinks.Site.AMINER)),
				text(profile.link(ai.slope.candidates.ProfileLinks.Site.OPENREVIEW)),
				text(profile.link(ai.slope.candidates.ProfileLinks.Site.ORCID)),
				text(profile.link(ai.slope.candidates.ProfileLinks.Site.DBLP)),
				text(profile.link(ai.slope.candidates.ProfileLinks.Site.SEMANTIC_SCHOLAR)), profile.getVersion());
	}

	CandidateProfiles.ProfileInput toInput() {
		return new CandidateProfiles.ProfileInput(this.headline, this.summary, this.country, this.city,
				Boolean.TRUE.equals(this.openToRemote), Boolean.TRUE.equals(this.openToRelocation),
				this.yearsOfExperience, this.roleTypes, this.seniorities, this.minimumSalary, this.salaryCurrency,
				this.skills, this.github, this.scholar, this.huggingFace, this.linkedin, this.website, this.aminer,
				this.openreview, this.orcid, this.dblp, this.semanticScholar);
	}

	/**
	 * The same form based on another version (after a conflict, so that saving again is a deliberate choice).
	 */
	ProfileForm basedOn(Long otherVersion) {
		return new ProfileForm(this.headline, this.summary, this.country, this.city, this.openToRemote,
				this.openToRelocation, this.yearsOfExperience, this.roleTypes, this.seniorities, this.minimumSalary,
				this.salaryCurrency, this.skills, this.github, this.scholar, this.huggingFace, this.linkedin,
				this.website, this.aminer, this.openreview, this.orcid, this.dblp, this.semanticScholar, otherVersion);
	}

	/**
	 * A field whose saved value is not what was typed: the message key of its label, and the saved value (null
	 * for long texts, which are only named).
	 */
	record Difference(String label, String saved) {
	}

	/**
	 * The fields in which this form (as saved) differs from what was typed.
	 */
	List<Difference> differencesFrom(ProfileForm typed) {
		List<Difference> differences = new ArrayList<>();
		compare(differences, "candidates.field.headline", this.headline, typed.headline, true);
		compare(differences, "candidates.field.summary", this.summary, typed.summary, false);
		compare(differences, "candidates.field.country", this.country, typed.country, true);
		compare(differences, "candidates.field.city", this.city, typed.city, true);
		compare(differences, "candidates.field.years", this.yearsOfExperience, typed.yearsOfExperience, true);
		compare(differences, "candidates.field.salary", this.minimumSalary, typed.minimumSalary, true);
		compare(differences, "candidates.field.skills", this.skills, typed.skills, true);
		compare(differences, "candidates.field.roles", String.join(", ", this.roleTypes),
				String.join(", ", typed.roleTypes), false);
		compare(differences, "candidates.field.seniorities", String.join(", ", this.seniorities),
				String.join(", ", typed.seniorities), false);
		compare(differences, "candidates.link.github", this.github, typed.github, true);
		compare(differences, "candidates.link.scholar", this.scholar, typed.scholar, true);
		compare(differences, "candidates.link.huggingFace", this.huggingFace, typed.huggingFace, true);
		compare(differences, "candidates.link.linkedin", this.linkedin, typed.linkedin, true);
		compare(differences, "candidates.link.website", this.website, typed.website, true);
		compare(differences, "candidates.link.aminer", this.aminer, typed.aminer, true);
		compare(differences, "candidates.link.openreview", this.openreview, typed.openreview, true);
		compare(differences, "candidates.link.orcid", this.orcid, typed.orcid, true);
		compare(differences, "candidates.link.dblp", this.dblp, typed.dblp, true);
		compare(differences, "candidates.link.semanticScholar", this.semanticScholar, typed.semanticScholar, true);
		return differences;
	}

	private static void compare(List<Difference> differences, String label, String saved, String typed,
			boolean showValue) {
		if (!text(saved).strip().equals(text(typed).strip())) {
			differences.add(new Difference(label, showValue ? (text(saved).isBlank() ? "–" : saved) : null));
		}
	}

	private static String text(Object value) {
		return (value == null) ? "" : value.toString();
	}

}
