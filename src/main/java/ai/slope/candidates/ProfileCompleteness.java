package ai.slope.candidates;

import java.util.ArrayList;
import java.util.List;

/**
 * How complete a profile is, what is missing, and what to add next. Each part weighs what it tells a recruiter;
 * the parts in the order they are suggested:
 * <table>
 * <tr><th>part</th><th>done when</th><th>weight</th></tr>
 * <tr><td>headline</td><td>it has one</td><td>15</td></tr>
 * <tr><td>résumé</td><td>a PDF is uploaded</td><td>20</td></tr>
 * <tr><td>skills</td><td>at least {@value #ENOUGH_SKILLS}</td><td>15</td></tr>
 * <tr><td>wanted roles</td><td>at least one role type</td><td>10</td></tr>
 * <tr><td>location</td><td>a country</td><td>10</td></tr>
 * <tr><td>summary</td><td>it has one</td><td>5</td></tr>
 * <tr><td>links</td><td>at least one</td><td>5</td></tr>
 * <tr><td>experience</td><td>years of experience given</td><td>5</td></tr>
 * <tr><td>publications</td><td>at least one</td><td>5</td></tr>
 * <tr><td>career</td><td>at least one position</td><td>5</td></tr>
 * <tr><td>achievements</td><td>at least one achievement or open-source repository</td><td>5</td></tr>
 * </table>
 * The last two are issue 18's signals; summary and links gave them five points each.
 * @param percent 0 to 100
 * @param missing the parts still missing, in the order they are suggested
 */
public record ProfileCompleteness(int percent, List<Part> missing) {

	static final int ENOUGH_SKILLS = 3;

	public enum Part {

		HEADLINE(15), RESUME(20), SKILLS(15), ROLES(10), LOCATION(10), SUMMARY(5), LINKS(5), EXPERIENCE(5),
		PUBLICATIONS(5), CAREER(5), ACHIEVEMENTS(5);

		private final int weight;

		Part(int weight) {
			this.weight = weight;
		}

		public int weight() {
			return this.weight;
		}

		/** The part's name; {@code .hint} after it is the suggestion to add it. */
		public String messageKey() {
			return "candidates.completeness." + name().toLowerCase();
		}

		/**
		 * The id of the element where the part is filled in: on the edit form, or on the profile page for the
		 * résumé and publications.
		 */
		public String anchor() {
			return switch (this) {
				case HEADLINE -> "headline";
				case RESUME -> "resume";
				case SKILLS -> "skills";
				case ROLES -> "roles";
				case LOCATION -> "country";
				case SUMMARY -> "summary";
				case LINKS -> "links";
				case EXPERIENCE -> "yearsOfExperience";
				case PUBLICATIONS -> "publications";
				case CAREER -> "career";
				case ACHIEVEMENTS -> "achievements";
			};
		}

		/** Whether the part is filled in on the edit form (not on the profile page itself). */
		public boolean isOnTheForm() {
			return this != RESUME && this != PUBLICATIONS && this != CAREER && this != ACHIEVEMENTS;
		}

	}

	public ProfileCompleteness {
		missing = List.copyOf(missing);
	}

	/**
	 * The completeness of a profile (null for none yet), given how many publications, positions, and
	 * achievements and repositories together it has, and whether it has a résumé.
	 */
	public static ProfileCompleteness of(CandidateProfile profile, int publications, boolean hasResume, int positions,
			int achievementsAndRepositories) {
		List<Part> missing = new ArrayList<>();
		for (Part part : Part.values()) {
			if (!isDone(part, profile, publications, hasResume, positions, achievementsAndRepositories)) {
				missing.add(part);
			}
		}
		int percent = 100 - missing.stream().mapToInt(Part::weight).sum();
		return new ProfileCompleteness(percent, missing);
	}

	private static boolean isDone(Part part, CandidateProfile profile, int publications, boolean hasResume,
			int positions, int achievementsAndRepositories) {
		return switch (part) {
			case RESUME -> hasResume;
			case PUBLICATIONS -> publications > 0;
			case CAREER -> positions > 0;
			case ACHIEVEMENTS -> achievementsAndRepositories > 0;
			default -> profile != null && switch (part) {
				case HEADLINE -> !profile.getHeadline().isBlank();
				case SKILLS -> profile.getSkills().size() >= ENOUGH_SKILLS;
				case ROLES -> !profile.getWantedRoleTypeIds().isEmpty();
				case LOCATION -> profile.getCountry() != null;
				case SUMMARY -> !profile.getSummary().isBlank();
				case LINKS -> profile.hasLinks();
				case EXPERIENCE -> profile.getYearsOfExperience() != null;
				default -> throw new IllegalStateException();
			};
		};
	}

	/**
	 * What to add next, or null when nothing is missing.
	 */
	public Part next() {
		return this.missing.isEmpty() ? null : this.missing.get(0);
	}

	public boolean isComplete() {
		return this.missing.isEmpty();
	}

}
