package ai.slope.jobs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.PostingRules;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.InputConverters;
import ai.slope.web.InputProblem;
import ai.slope.web.SkillTags;

/**
 * The posting form as typed: every field is text, so that whatever was typed comes back with its message
 * when the form is refused. Skills are one comma-separated line; {@code version} is the version of the
 * posting the editor read (null for a new one).
 */
record PostingForm(String roleType, String title, String seniority, String employmentType, String remotePolicy,
		String city, String country, String salaryMin, String salaryMax, String salaryCurrency, String salaryPeriod,
		Boolean visaSponsorship, String skills, String description, String applyUrl, String expiryDays,
		Long version) {

	static PostingForm empty() {
		return new PostingForm("", "", "", EmploymentType.FULL_TIME.name(), "", "", "", "", "", "USD",
				SalaryPeriod.YEAR.name(), false, "", "", "", String.valueOf(PostingRules.DEFAULT_EXPIRY_DAYS), null);
	}

	static PostingForm of(JobPosting posting) {
		return new PostingForm(posting.getRoleType().getSlug(), posting.getTitle(), posting.getSeniority().name(),
				posting.getEmploymentType().name(), posting.getRemotePolicy().name(), posting.getCity(),
				posting.getCountry(), String.valueOf(posting.getSalaryMin()), String.valueOf(posting.getSalaryMax()),
				posting.getSalaryCurrency(), posting.getSalaryPeriod().name(), posting.isVisaSponsorship(),
				String.join(", ", posting.getSkills()), posting.getDescription(), posting.getApplyUrl(),
				String.valueOf(posting.getExpiryDays()), posting.getVersion());
	}

	/**
	 * The skills as tags, for showing them while the form is filled in.
	 */
	List<String> skillTags() {
		return splitSkills(this.skills);
	}

	static List<String> splitSkills(String skills) {
		return SkillTags.distinct(SkillTags.split(skills));
	}

	/**
	 * The input the services take, and the problems of values that are not even of the right kind (text
	 * where a number belongs, an unknown choice); those fields are null in the input.
	 */
	Parsed parse() {
		List<InputProblem> problems = new ArrayList<>();
		PostingInput input = new PostingInput(this.roleType, this.title,
				choice(Seniority.class, "seniority", this.seniority, problems),
				choice(EmploymentType.class, "employmentType", this.employmentType, problems),
				choice(RemotePolicy.class, "remotePolicy", this.remotePolicy, problems), this.city, this.country,
				number("salaryMin", this.salaryMin, problems), number("salaryMax", this.salaryMax, problems),
				this.salaryCurrency, choice(SalaryPeriod.class, "salaryPeriod", this.salaryPeriod, problems),
				Boolean.TRUE.equals(this.visaSponsorship), splitSkills(this.skills), this.description, this.applyUrl,
				number("expiryDays", this.expiryDays, problems));
		return new Parsed(input, problems);
	}

	record Parsed(PostingInput input, List<InputProblem> problems) {
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, List<InputProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			problems.add(InputProblem.of(field, "postings.error.choose"));
			return null;
		}
	}

	private static Integer number(String field, String value, List<InputProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Math.toIntExact(InputConverters.wholeNumber(value));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			problems.add(InputProblem.of(field, "postings.error.number", value));
			return null;
		}
	}

}
