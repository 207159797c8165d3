package ai.slope.jobs;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ai.slope.roles.RoleTaxonomy;
import ai.slope.salaries.ExchangeRates;
import ai.slope.web.Countries;
import ai.slope.web.InputProblem;
import ai.slope.web.SkillTags;

/**
 * What a posting must hold before it is saved, even as a draft: every rule it breaks, each beside its field,
 * so a form shows them all at once.
 */
@Component
public class PostingRules {

	public static final int DEFAULT_EXPIRY_DAYS = 60;

	public static final int MIN_EXPIRY_DAYS = 7;

	public static final int MAX_EXPIRY_DAYS = 90;

	/** A yearly maximum in US dollars outside this range is a typo (a missing or extra zero, a wrong period). */
	public static final int MIN_PLAUSIBLE_ANNUAL_USD = 1_000;

	public static final int MAX_PLAUSIBLE_ANNUAL_USD = 10_000_000;

	static final int MAX_TITLE = 160;

	static final int MAX_CITY = 120;

	static final int MAX_DESCRIPTION = 20_000;

	static final int MAX_APPLY_URL = 500;

	static final int MAX_SKILLS = 20;

	static final int MAX_SKILL = SkillTags.MAX_LENGTH;

	/** Who may apply to a program: Markdown, as long as a short description at most. */
	public static final int MAX_ELIGIBILITY = 5_000;

	/** A program's length, in weeks or months (ten years of weeks at most, as the schema says). */
	public static final int MIN_PROGRAM_LENGTH = 1;

	public static final int MAX_PROGRAM_LENGTH = 520;

	/** A deadline further away than this is a typo (a wrong year): programs recruit for the next cohorts. */
	public static final int MAX_DEADLINE_YEARS = 2;

	/** A cohort starts at most this long after its deadline. */
	public static final int MAX_COHORT_YEARS_AFTER_DEADLINE = 2;

	private final RoleTaxonomy roles;

	private final ExchangeRates rates;

	private final Countries countries;

	private final Clock clock;

	PostingRules(RoleTaxonomy roles, ExchangeRates rates, Countries countries, Clock clock) {
		this.clock = clock;
		this.roles = roles;
		this.rates = rates;
		this.countries = countries;
	}

	public List<InputProblem> problems(PostingInput input) {
		List<InputProblem> problems = new ArrayList<>();
		if (input.roleType() == null || this.roles.roleType(input.roleType()).isEmpty()) {
			problems.add(InputProblem.of("roleType", "postings.error.role-type"));
		}
		if (input.title() == null) {
			problems.add(InputProblem.of("title", "postings.error.title.required"));
		}
		else if (input.title().length() > MAX_TITLE) {
			problems.add(InputProblem.of("title", "postings.error.too-long", MAX_TITLE));
		}
		if (input.seniority() == null) {
			problems.add(InputProblem.of("seniority", "postings.error.choose"));
		}
		if (input.employmentType() == null) {
			problems.add(InputProblem.of("employmentType", "postings.error.choose"));
		}
		if (input.remotePolicy() == null) {
			problems.add(InputProblem.of("remotePolicy", "postings.error.choose"));
		}
		if (input.city() != null && input.city().length() > MAX_CITY) {
			problems.add(InputProblem.of("city", "postings.error.too-long", MAX_CITY));
		}
		if (!this.countries.isKnown(input.country())) {
			problems.add(InputProblem.of("country", "postings.error.country"));
		}
		salaryProblems(input, problems);
		if (input.skills().size() > MAX_SKILLS) {
			problems.add(InputProblem.of("skills", "postings.error.skills.too-many", MAX_SKILLS));
		}
		else if (input.skills().stream().anyMatch(s -> s.length() > MAX_SKILL)) {
			problems.add(InputProblem.of("skills", "postings.error.skills.too-long", MAX_SKILL));
		}
		if (input.description() == null || input.description().isEmpty()) {
			problems.add(InputProblem.of("description", "postings.error.description.required"));
		}
		else if (input.description().length() > MAX_DESCRIPTION) {
			problems.add(InputProblem.of("description", "postings.error.too-long", MAX_DESCRIPTION));
		}
		if (input.applyUrl() != null && !isWebAddress(input.applyUrl())) {
			problems.add(InputProblem.of("applyUrl", "postings.error.apply-url"));
		}
		// a program closes at its deadline: its days on the board are not asked for (but kept within bounds)
		boolean daysNeeded = !input.openingType().isProgram() || input.expiryDays() != null;
		if (daysNeeded && (input.expiryDays() == null || !isExpiryDays(input.expiryDays()))) {
			problems.add(InputProblem.of("expiryDays", "postings.error.expiry-days", MIN_EXPIRY_DAYS, MAX_EXPIRY_DAYS));
		}
		if (input.openingType().isProgram()) {
			programProblems(input, problems);
		}
		return problems;
	}

	/**
	 * A program needs a deadline that has not passed Anywhere on Earth and is at most two years away; its cohort
	 * starts on or after the deadline; a length has its unit (and a unit its length); an internship employs interns.
	 */
	private void programProblems(PostingInput input, List<InputProblem> problems) {
		ProgramTerms terms = (input.program() != null) ? input.program()
				: new ProgramTerms(null, null, null, null, false, true, null);
		if (input.openingType() == OpeningType.INTERNSHIP && input.employmentType() != null
				&& input.employmentType() != EmploymentType.INTERNSHIP) {
			problems.add(InputProblem.of("employmentType", "postings.error.program.internship-employment"));
		}
		LocalDate today = today();
		LocalDate deadline = terms.applicationDeadline();
		if (deadline == null) {
			problems.add(InputProblem.of("applicationDeadline", "postings.error.program.deadline.required"));
		}
		else if (deadline.isBefore(today)) {
			problems.add(InputProblem.of("applicationDeadline", "postings.error.program.deadline.past"));
		}
		else if (deadline.isAfter(today.plusYears(MAX_DEADLINE_YEARS))) {
			problems.add(InputProblem.of("applicationDeadline", "postings.error.program.deadline.too-far",
					MAX_DEADLINE_YEARS));
		}
		LocalDate cohortStart = terms.cohortStart();
		if (cohortStart != null && deadline != null && cohortStart.isBefore(deadline)) {
			problems.add(InputProblem.of("cohortStart", "postings.error.program.cohort.before-deadline"));
		}
		else if (cohortStart != null && cohortStart.isAfter(
				((deadline != null) ? deadline : today).plusYears(MAX_COHORT_YEARS_AFTER_DEADLINE))) {
			problems.add(InputProblem.of("cohortStart", "postings.error.program.cohort.too-far",
					MAX_COHORT_YEARS_AFTER_DEADLINE));
		}
		if (terms.length() != null
				&& (terms.length() < MIN_PROGRAM_LENGTH || terms.length() > MAX_PROGRAM_LENGTH)) {
			problems.add(InputProblem.of("programLength", "postings.error.program.length.range", MIN_PROGRAM_LENGTH,
					MAX_PROGRAM_LENGTH));
		}
		else if (terms.length() != null && terms.lengthUnit() == null) {
			problems.add(InputProblem.of("programLengthUnit", "postings.error.program.length.unit"));
		}
		else if (terms.length() == null && terms.lengthUnit() != null) {
			problems.add(InputProblem.of("programLength", "postings.error.program.length.required"));
		}
		if (terms.eligibility() != null && terms.eligibility().length() > MAX_ELIGIBILITY) {
			problems.add(InputProblem.of("eligibility", "postings.error.too-long", MAX_ELIGIBILITY));
		}
	}

	/**
	 * Today as seen Anywhere on Earth: the last day anyone in the world may still apply for.
	 */
	private LocalDate today() {
		return this.clock.instant().atOffset(ProgramTerms.ANYWHERE_ON_EARTH).toLocalDate();
	}

	private void salaryProblems(PostingInput input, List<InputProblem> problems) {
		boolean currencyKnown = this.rates.supports(input.salaryCurrency());
		if (!currencyKnown) {
			problems.add(InputProblem.of("salaryCurrency", "postings.error.currency"));
		}
		if (input.salaryPeriod() == null) {
			problems.add(InputProblem.of("salaryPeriod", "postings.error.choose"));
		}
		if (input.salaryMin() == null || input.salaryMin() <= 0) {
			problems.add(InputProblem.of("salaryMin", "postings.error.salary.required"));
		}
		if (input.salaryMax() == null || input.salaryMax() <= 0) {
			problems.add(InputProblem.of("salaryMax", "postings.error.salary.required"));
			return;
		}
		if (input.salaryMin() != null && input.salaryMin() > 0 && input.salaryMin() > input.salaryMax()) {
			problems.add(InputProblem.of("salaryMax", "postings.error.salary.min-above-max"));
			return;
		}
		if (currencyKnown && input.salaryPeriod() != null) {
			int annualUsd = this.rates.toAnnualUsd(input.salaryMax(), input.salaryCurrency(), input.salaryPeriod());
			if (annualUsd < MIN_PLAUSIBLE_ANNUAL_USD || annualUsd > MAX_PLAUSIBLE_ANNUAL_USD) {
				problems.add(InputProblem.of("salaryMax", "postings.error.salary.implausible", annualUsd,
						MIN_PLAUSIBLE_ANNUAL_USD, MAX_PLAUSIBLE_ANNUAL_USD));
			}
		}
	}

	public static boolean isExpiryDays(int days) {
		return days >= MIN_EXPIRY_DAYS && days <= MAX_EXPIRY_DAYS;
	}

	/**
	 * An absolute http or https address: nothing else (no {@code javascript:}, no {@code data:}) may become a
	 * link on the posting's page.
	 */
	public static boolean isWebAddress(String url) {
		if (url == null || url.length() > MAX_APPLY_URL) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && uri.getHost() != null
					&& ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
