package ai.slope.jobs;

import java.util.Set;

import ai.slope.roles.Seniority;

/**
 * A validated search for postings. Empty sets and {@code null}s mean any value.
 *
 * @param keywords free text with the usual operators ("a phrase", -exclusion, OR), or {@code null}
 * @param minSalaryUsd the lowest annual pay in US dollars that the top of a posting's range must reach
 * @param postedWithinDays only postings published in the last N days
 * @param sort the order asked for, or {@code null} for the default: relevance with keywords, newest without
 * @param page the page, from 1
 * @param size postings per page
 */
public record JobQuery(String keywords, Set<String> roleTypes, Set<Seniority> seniorities,
		Set<EmploymentType> employmentTypes, Set<RemotePolicy> remotePolicies, Set<String> countries,
		Integer minSalaryUsd, boolean visaSponsorship, Integer postedWithinDays, String companySlug, JobSort sort,
		int page, int size) {

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
		if (page < 1 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("Invalid page " + page + " of size " + size);
		}
	}

	public static JobQuery all() {
		return new JobQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, false, null, null, null, 1,
				DEFAULT_SIZE);
	}

	public JobQuery withKeywords(String newKeywords) {
		return new JobQuery(newKeywords, this.roleTypes, this.seniorities, this.employmentTypes, this.remotePolicies,
				this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays, this.companySlug,
				this.sort, this.page, this.size);
	}

	public JobQuery withRoleType(String roleType) {
		return new JobQuery(this.keywords, Set.of(roleType), this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, this.sort, this.page, this.size);
	}

	public JobQuery withSort(JobSort newSort) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, newSort, this.page, this.size);
	}

	public JobQuery withCompany(String slug) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				slug, this.sort, this.page, this.size);
	}

	public JobQuery withPage(int newPage, int newSize) {
		return new JobQuery(this.keywords, this.roleTypes, this.seniorities, this.employmentTypes,
				this.remotePolicies, this.countries, this.minSalaryUsd, this.visaSponsorship, this.postedWithinDays,
				this.companySlug, this.sort, newPage, newSize);
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
