package ai.slope.jobs;

import java.time.Instant;
import java.util.List;

import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

/**
 * A posting as other modules see it: a read-only copy taken inside the jobs module, so that the entity and its
 * transitions stay here. It carries ids for the company and role type, not their entities, and what the pages and
 * mails of applications, candidates and admin read (the property names match the entity's getters, so a template
 * reads {@code posting.title} either way).
 */
public record PostingView(Long id, String title, String slug, Long companyId, String companyName,
		String companySlug, Long roleTypeId, String roleTypeSlug, Seniority seniority, List<String> skills,
		JobStatus status, boolean inAppApply, String applyUrl, String description, RemotePolicy remotePolicy,
		String city, String country, int salaryMin, int salaryMax, String salaryCurrency, SalaryPeriod salaryPeriod,
		Instant publishedAt, Instant expiresAt, Instant submittedAt, String rejectReason) {

	public PostingView {
		skills = (skills == null) ? List.of() : List.copyOf(skills);
	}

	static PostingView of(JobPosting posting) {
		return new PostingView(posting.getId(), posting.getTitle(), posting.getSlug(), posting.getCompany().getId(),
				posting.getCompanyName(), posting.getCompanySlug(), posting.getRoleType().getId(),
				posting.getRoleTypeSlug(), posting.getSeniority(), posting.getSkills(), posting.getStatus(),
				posting.isInAppApply(), posting.getApplyUrl(), posting.getDescription(), posting.getRemotePolicy(),
				posting.getCity(), posting.getCountry(), posting.getSalaryMin(), posting.getSalaryMax(),
				posting.getSalaryCurrency(), posting.getSalaryPeriod(), posting.getPublishedAt(),
				posting.getExpiresAt(), posting.getSubmittedAt(), posting.getRejectReason());
	}

	/**
	 * Whether it is on the board and takes applications or clicks at {@code now}; the same rule as
	 * {@link JobPosting#isLive(Instant)}.
	 */
	public boolean isLive(Instant now) {
		return this.status == JobStatus.PUBLISHED && this.expiresAt != null && this.expiresAt.isAfter(now);
	}

	/**
	 * The path of the posting's public page, such as {@code /jobs/42-research-scientist}.
	 */
	public String path() {
		return Slugs.path(this.id, this.slug);
	}

}
