package ai.slope.jobs;

import java.time.Instant;

import ai.slope.salaries.SalaryPeriod;

/**
 * What another module shows of a posting it keeps the id of (a saved job): enough to list it and to say
 * whether it is still open.
 *
 * @param status the posting's status now
 * @param expiresAt when a published posting leaves the board, or {@code null}
 * @param salaryMinUsd the lower end in annual US dollars, for the hint beside pay in other currencies or periods
 * @param employmentType part-time or not, which the hint of hourly pay names the hours a week of
 */
public record PostingCard(long id, String title, String slug, String companyName, String companySlug,
		JobStatus status, Instant publishedAt, Instant expiresAt, RemotePolicy remotePolicy, String city,
		String country, int salaryMin, int salaryMax, String salaryCurrency, SalaryPeriod salaryPeriod,
		int salaryMinUsd, int salaryMaxUsd, EmploymentType employmentType) {

	/**
	 * Whether the posting is on the board at {@code now}: published and not yet expired, so its page exists.
	 */
	public boolean isLive(Instant now) {
		return this.status == JobStatus.PUBLISHED && this.expiresAt != null && this.expiresAt.isAfter(now);
	}

	/**
	 * Whether the posting was on the board and is not any more, as {@link JobPosting#hasEnded(Instant)} says: its
	 * page still shows it, with status 410.
	 */
	public boolean hasEnded(Instant now) {
		return this.publishedAt != null && (this.status == JobStatus.CLOSED || this.status == JobStatus.EXPIRED
				|| (this.status == JobStatus.PUBLISHED && this.expiresAt != null && !this.expiresAt.isAfter(now)));
	}

	/**
	 * The path of the posting's public page (which answers 410 once it has ended, 404 while it is unpublished).
	 */
	public String path() {
		return Slugs.path(this.id, this.slug);
	}

}
