package ai.slope.jobs;

import java.util.Map;

import ai.slope.roles.Seniority;

/**
 * How many postings each filter value would give. Each group counts as if its own filter were not set, so a
 * person sees what choosing another value would give.
 *
 * @param minSalaryUsd for each threshold, the postings whose range reaches it
 * @param postedWithinDays for each number of days, the postings published within it
 * @param openingTypes for each opening type (job and the kinds of program), its postings
 * @param mentoring the programs with one-to-one mentoring
 * @param noAiExperience the programs that require no prior AI/ML experience
 */
public record Facets(Map<String, Long> roleTypes, Map<Seniority, Long> seniorities,
		Map<EmploymentType, Long> employmentTypes, Map<RemotePolicy, Long> remotePolicies, Map<String, Long> countries,
		Map<Integer, Long> minSalaryUsd, long visaSponsorship, Map<Integer, Long> postedWithinDays,
		Map<OpeningType, Long> openingTypes, long mentoring, long noAiExperience) {

	public static final java.util.List<Integer> SALARY_THRESHOLDS = java.util.List.of(50_000, 100_000, 150_000,
			200_000, 300_000);

	public static final java.util.List<Integer> POSTED_WITHIN_DAYS = java.util.List.of(1, 7, 30);

}
