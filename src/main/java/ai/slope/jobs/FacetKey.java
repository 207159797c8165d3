package ai.slope.jobs;

import ai.slope.roles.Seniority;

/**
 * The filter values of a posting that facets count, packed into one number that the search index keeps as
 * a doc value ({@code facetKey}). Counting the distinct keys of a result set, once, gives the counts of all
 * six groups packed here, and, because each key says which filters its postings pass, the multi-select
 * counts too (each group counted as if its own filter were not set), without a query per group.
 * <p>
 * Bits, from the lowest: role type id (20), seniority (4), employment type (4), remote policy (2), visa (1),
 * salary band (5). The salary band is the number of {@link Facets#SALARY_THRESHOLDS} that the top of the
 * range reaches. Changing the layout or the thresholds changes what the index holds: raise the mapping
 * version then.
 */
record FacetKey(long roleTypeId, Seniority seniority, EmploymentType employmentType, RemotePolicy remotePolicy,
		boolean visaSponsorship, int salaryBand) {

	private static final Seniority[] SENIORITIES = Seniority.values();

	private static final EmploymentType[] EMPLOYMENT_TYPES = EmploymentType.values();

	private static final RemotePolicy[] REMOTE_POLICIES = RemotePolicy.values();

	static final long MAX_ROLE_TYPE_ID = (1 << 20) - 1;

	FacetKey {
		if (roleTypeId < 0 || roleTypeId > MAX_ROLE_TYPE_ID) {
			throw new IllegalArgumentException("Role type id out of range: " + roleTypeId);
		}
	}

	static FacetKey of(JobPosting posting) {
		return new FacetKey(posting.getRoleType().getId(), posting.getSeniority(), posting.getEmploymentType(),
				posting.getRemotePolicy(), posting.isVisaSponsorship(), salaryBand(posting.getSalaryMaxUsd()));
	}

	/**
	 * How many of the salary thresholds an annual maximum in US dollars reaches.
	 */
	static int salaryBand(int maxUsd) {
		int band = 0;
		for (int threshold : Facets.SALARY_THRESHOLDS) {
			if (maxUsd >= threshold) {
				band++;
			}
		}
		return band;
	}

	long pack() {
		return this.roleTypeId | ((long) this.seniority.ordinal() << 20) | ((long) this.employmentType.ordinal() << 24)
				| ((long) this.remotePolicy.ordinal() << 28) | ((this.visaSponsorship ? 1L : 0L) << 30)
				| ((long) this.salaryBand << 31);
	}

	static FacetKey unpack(long key) {
		return new FacetKey(key & MAX_ROLE_TYPE_ID, SENIORITIES[(int) (key >>> 20) & 0xF],
				EMPLOYMENT_TYPES[(int) (key >>> 24) & 0xF], REMOTE_POLICIES[(int) (key >>> 28) & 0x3],
				((key >>> 30) & 1) == 1, (int) (key >>> 31) & 0x1F);
	}

	/**
	 * Whether postings with this key reach an annual maximum of at least {@code minSalaryUsd}; only
	 * answerable for the thresholds themselves.
	 */
	boolean reachesSalary(int minSalaryUsd) {
		int index = Facets.SALARY_THRESHOLDS.indexOf(minSalaryUsd);
		if (index < 0) {
			throw new IllegalArgumentException("Not a salary threshold: " + minSalaryUsd);
		}
		return this.salaryBand > index;
	}

}
