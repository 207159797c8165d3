package ai.slope.jobs;

import java.util.Set;

import ai.slope.roles.Seniority;

/**
 * A validated search for postings. Empty sets and {@code null}s mean any value.
 *
 * @param keywords free text with the usual operators ("a phrase", -exclusion, OR), or {@code null}
 * @param minSalaryUsd the lowest annual pay in US dollars that the top of a posting's range must reach
 * @param postedWithinDays only postings published in the last N days
 * @param openingTypes jobs and the kinds of program ({@link OpeningType}); any of them matches
 * @param mentoring only programs with one-to-one mentoring
 * @param noAiExperience only programs that require no prior AI/ML experience
 * @param sort the order asked for, or {@code null} for the default: relevance with keywords, newest without
 * @param page the page, from 1
 * @param size postings per page
 */
public record JobQuery(String keywords, Set<String> roleTypes, Set<Seniority> seniorities,
		Set<EmploymentType> employmentTypes, Set<RemotePolicy> remotePolicies, Set<String> countries,
		Integer minSalaryUsd, boolean visaSponsorship, Integer postedWithinDays, String companySlug, JobSort sort,
		int page, int size, Set<OpeningType> openingTypes, boolean mentoring, boolean noAiExperience) {

	/** The kinds of program: every opening type but a job. */
	public static final Set<OpeningType> PROGRAMS = java.util.Arrays.stream(OpeningType.values())
		.filter(OpeningType::isProgram)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The furthest result a search pages to; past it, people are asked to narrow their search. */
	public static final int MAX_WINDOW = 10_000;

	public JobQuery {
		keywords = (keywords == null || keywords.isBlank()) ? null : keywords.strip();
		roleTypes = Set.copyOf(roleTypes);
		seniorities = Set.copyOf(seniorities);
		employmentTypes = Set.copyOf(employmentTypes);
		remotePolicies = Set.copyOf(remotePolicies);
		countries = Set.copyOf(countries);
		openingTypes = Set.copyOf(openingTypes);
		if (page < 1 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("Invalid page " + page + " of size " + size);
		}
	}

	/**
	 * A search with any opening type and neither program filter, as every search was before programs.
	 */
	public JobQuery(String keywords, Set<String> roleTypes, Set<Seniority> seniorities,
			Set<EmploymentType> employmentTypes, Set<RemotePolicy> remotePolicies, Set<String> countries,
			Integer minSalaryUsd, boolean visaSponsorship, Integer postedWithinDays, String companySlug, JobSort sort,
			int page, int size) {
		this(keywords, roleTypes, seniorities, employmentTypes, remotePolicies, countries, minSalaryUsd,
				visaSponsorship, postedWithinDays, companySlug, sort, page, size, Set.of(), false, false);
	}

	public static JobQuery all() {
		return new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, false, null, null, null, 1,
				DEFAULT_SIZE);
	}

	public JobQuery withKeywords(String newKeywords) {
		return new JobQuery(newKeywords, this.roleTypes, this.seniorities, this.employmentTypes, this.remotePolicies,
				this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays, this.companySlug,
				this.sort, this.page, this.size, this.openingTypes, this.mentoring, this.noAiExperience);
	}

	public JobQuery withRoleType(String roleType) {
		return new JobQuery(this.keywords, Set.of(roleType), this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, this.sort, this.page, this.size, this.openingTypes, this.mentoring,
				this.noAiExperience);
	}

	/**
	 * The same search of these opening types only (programs: {@link #PROGRAMS}).
	 */
	public JobQuery withOpeningTypes(Set<OpeningType> types) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, this.sort, this.page, this.size, types, this.mentoring, this.noAiExperience);
	}

	/**
	 * Whether the search finds programs only: its opening types are programs and nothing else.
	 */
	public boolean isProgramsOnly() {
		return !this.openingTypes.isEmpty() && PROGRAMS.containsAll(this.openingTypes);
	}

	public JobQuery withSort(JobSort newSort) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, newSort, this.page, this.size, this.openingTypes, this.mentoring,
				this.noAiExperience);
	}

	public JobQuery withCompany(String slug) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				slug, this.sort, this.page, this.size, this.openingTypes, this.mentoring,
				this.noAiExperience);
	}

	/**
	 * The same search with or without the two program filters: one-to-one mentoring, no prior AI experience.
	 */
	public JobQuery withProgramFilters(boolean withMentoring, boolean withoutAiExperience) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, this.sort, this.page, this.size, this.openingTypes, withMentoring,
				withoutAiExperience);
	}

	public JobQuery withPage(int newPage, int newSize) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, this.sort, newPage, newSize, this.openingTypes, this.mentoring,
				this.noAiExperience);
	}

	/**
	 * The order to sort by: the one asked for, or relevance when there are keywords and newest when not.
	 */
	public JobSort sortOrder() {
		if (this.sort != null) {
			return this.sort;
		}
		return (this.keywords != null) ? JobSort.RELEVANCE : JobSort.NEWEST;
	}

	public int offset() {
		return (this.page - 1) * this.size;
	}

}
