package ai.slope.jobs;

import java.util.List;
import java.util.Objects;

import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.SkillTags;

/**
 * Everything a recruiter writes about a posting, as the services take it; null where nothing was given.
 * {@link PostingRules} says what is missing or wrong. Skills follow the profiles' rule ({@link SkillTags}): one per
 * tag, so “PyTorch” and “py-torch” are one skill, shown as first written. A program ({@link OpeningType#isProgram()})
 * has its {@link ProgramTerms}; a job has none (null), whatever was given.
 */
public record PostingInput(String roleType, String title, Seniority seniority, EmploymentType employmentType,
		RemotePolicy remotePolicy, String city, String country, Integer salaryMin, Integer salaryMax,
		String salaryCurrency, SalaryPeriod salaryPeriod, boolean visaSponsorship, List<String> skills,
		String description, String applyUrl, Integer expiryDays, OpeningType openingType, ProgramTerms program) {

	/**
	 * A job: an opening with no program terms.
	 */
	public PostingInput(String roleType, String title, Seniority seniority, EmploymentType employmentType,
			RemotePolicy remotePolicy, String city, String country, Integer salaryMin, Integer salaryMax,
			String salaryCurrency, SalaryPeriod salaryPeriod, boolean visaSponsorship, List<String> skills,
			String description, String applyUrl, Integer expiryDays) {
		this(roleType, title, seniority, employmentType, remotePolicy, city, country, salaryMin, salaryMax,
				salaryCurrency, salaryPeriod, visaSponsorship, skills, description, applyUrl, expiryDays, OpeningType.JOB,
				null);
	}

	public PostingInput {
		openingType = (openingType == null) ? OpeningType.JOB : openingType;
		program = openingType.isProgram() ? program : null;
		title = strip(title);
		city = strip(city);
		country = (country == null) ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		salaryCurrency = (salaryCurrency == null) ? null : salaryCurrency.strip().toUpperCase(java.util.Locale.ROOT);
		description = (description == null) ? null : description.strip();
		applyUrl = strip(applyUrl);
		skills = SkillTags.distinct(skills);
	}

	/**
	 * What the posting holds now, in the same terms.
	 */
	public static PostingInput of(JobPosting posting) {
		return new PostingInput(posting.getRoleType().getSlug(), posting.getTitle(), posting.getSeniority(),
				posting.getEmploymentType(), posting.getRemotePolicy(), posting.getCity(), posting.getCountry(),
				posting.getSalaryMin(), posting.getSalaryMax(), posting.getSalaryCurrency(), posting.getSalaryPeriod(),
				posting.isVisaSponsorship(), posting.getSkills(), posting.getDescription(), posting.getApplyUrl(),
				posting.getExpiryDays(), posting.getOpeningType(), posting.getProgramTerms());
	}

	/**
	 * Whether the way to apply differs: another apply link, or a switch between applying in Slope and on the
	 * company's own page. An admin approved the link, so a new one is reviewed as the text is (a published
	 * posting's link could otherwise be turned into a phishing page after approval).
	 */
	public boolean differsInApplying(PostingInput other) {
		return !Objects.equals(strip(this.applyUrl), strip(other.applyUrl));
	}

	/**
	 * Whether the text an admin approves differs: the title, the description, the pay, or who may apply to a
	 * program.
	 */
	boolean differsInReviewedText(PostingInput other) {
		return !Objects.equals(this.title, other.title) || !Objects.equals(this.description, other.description)
				|| !Objects.equals(eligibilityOf(this), eligibilityOf(other))
				|| !Objects.equals(this.salaryMin, other.salaryMin) || !Objects.equals(this.salaryMax, other.salaryMax)
				|| !Objects.equals(this.salaryCurrency, other.salaryCurrency)
				|| this.salaryPeriod != other.salaryPeriod;
	}

	private static String eligibilityOf(PostingInput input) {
		return (input.program == null) ? null : input.program.eligibility();
	}

	private static String strip(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
