package ai.slope.jobs;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import ai.slope.jobs.JobSearch.Group;
import ai.slope.roles.Seniority;

/**
 * Turns the counts of {@link FacetKey}s, taken without the filters of the packed groups, into the total and
 * each packed group's counts. A key whose postings pass every filter counts for the total and for every
 * group; one that fails a single group's filter counts for that group only (which is what the group would
 * give if its own filter were not set); one that fails two or more counts nowhere.
 */
final class PackedCounts {

	private final JobQuery query;

	private final List<Group> filtered;

	private final Set<Long> roleTypeIds;

	private final Map<Long, Long> roleTypes = new HashMap<>();

	private final Map<Seniority, Long> seniorities = new EnumMap<>(Seniority.class);

	private final Map<EmploymentType, Long> employmentTypes = new EnumMap<>(EmploymentType.class);

	private final Map<RemotePolicy, Long> remotePolicies = new EnumMap<>(RemotePolicy.class);

	private final long[] salaryBands = new long[Facets.SALARY_THRESHOLDS.size() + 1];

	private long visa;

	private long total;

	/**
	 * @param packed the groups whose filters were left out of the counting pass, to be checked here
	 * @param roleTypeIds the id of each role type slug
	 */
	PackedCounts(JobQuery query, Set<Group> packed, Map<String, Long> roleTypeIds) {
		this.query = query;
		this.filtered = packed.stream().filter(group -> isFiltered(query, group)).toList();
		this.roleTypeIds = query.roleTypes()
			.stream()
			.map(roleTypeIds::get)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
	}

	private static boolean isFiltered(JobQuery query, Group group) {
		return switch (group) {
			case ROLE_TYPE -> !query.roleTypes().isEmpty();
			case SENIORITY -> !query.seniorities().isEmpty();
			case EMPLOYMENT_TYPE -> !query.employmentTypes().isEmpty();
			case REMOTE_POLICY -> !query.remotePolicies().isEmpty();
			case VISA -> query.visaSponsorship();
			case SALARY -> query.minSalaryUsd() != null;
			case COUNTRY, POSTED -> throw new IllegalArgumentException(group + " is not packed");
		};
	}

	void add(long packedKey, long count) {
		FacetKey key = FacetKey.unpack(packedKey);
		Group failed = null;
		for (Group group : this.filtered) {
			if (!passes(key, group)) {
				if (failed != null) {
					return;
				}
				failed = group;
			}
		}
		if (failed == null) {
			this.total += count;
			for (Group group : Group.values()) {
				countFor(group, key, count);
			}
		}
		else {
			countFor(failed, key, count);
		}
	}

	private boolean passes(FacetKey key, Group group) {
		return switch (group) {
			case ROLE_TYPE -> this.roleTypeIds.contains(key.roleTypeId());
			case SENIORITY -> this.query.seniorities().contains(key.seniority());
			case EMPLOYMENT_TYPE -> this.query.employmentTypes().contains(key.employmentType());
			case REMOTE_POLICY -> this.query.remotePolicies().contains(key.remotePolicy());
			case VISA -> key.visaSponsorship();
			case SALARY -> key.reachesSalary(this.query.minSalaryUsd());
			case COUNTRY, POSTED -> true;
		};
	}

	private void countFor(Group group, FacetKey key, long count) {
		switch (group) {
			case ROLE_TYPE -> this.roleTypes.merge(key.roleTypeId(), count, Long::sum);
			case SENIORITY -> this.seniorities.merge(key.seniority(), count, Long::sum);
			case EMPLOYMENT_TYPE -> this.employmentTypes.merge(key.employmentType(), count, Long::sum);
			case REMOTE_POLICY -> this.remotePolicies.merge(key.remotePolicy(), count, Long::sum);
			case VISA -> this.visa += key.visaSponsorship() ? count : 0;
			case SALARY -> this.salaryBands[key.salaryBand()] += count;
			case COUNTRY, POSTED -> {
			}
		}
	}

	long total() {
		return this.total;
	}

	/**
	 * Puts the counts of the packed groups, in the order the search index would give them (most postings
	 * first; seniority by name), into {@code counts}.
	 */
	void putInto(Map<Group, Map<?, Long>> counts, LongFunction<String> roleTypeSlug) {
		Map<String, Long> roles = new HashMap<>();
		this.roleTypes.forEach((id, count) -> roles.put(roleTypeSlug.apply(id), count));
		counts.put(Group.ROLE_TYPE, mostFirst(roles));
		Map<Seniority, Long> byName = new TreeMap<>(Comparator.comparing(Seniority::name));
		byName.putAll(this.seniorities);
		counts.put(Group.SENIORITY, byName);
		counts.put(Group.EMPLOYMENT_TYPE, mostFirst(this.employmentTypes));
		counts.put(Group.REMOTE_POLICY, mostFirst(this.remotePolicies));
		counts.put(Group.VISA, Map.of(Boolean.TRUE, this.visa));
		Map<Integer, Long> salary = new LinkedHashMap<>();
		long reaching = 0;
		for (int band = this.salaryBands.length - 1; band >= 1; band--) {
			reaching += this.salaryBands[band];
			salary.put(Facets.SALARY_THRESHOLDS.get(band - 1), reaching);
		}
		Map<Integer, Long> ascending = new LinkedHashMap<>();
		for (Integer threshold : Facets.SALARY_THRESHOLDS) {
			ascending.put(threshold, salary.get(threshold));
		}
		counts.put(Group.SALARY, ascending);
	}

	private static <K extends Comparable<K>> Map<K, Long> mostFirst(Map<K, Long> counts) {
		Map<K, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

}
