package ai.slope.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

/**
 * What a list of postings shows of each, read straight from the search index; for a program its terms too but who
 * may apply (null, or false for the flags, for a job): the "closes in N days" badge and the API read them.
 */
@ProjectionConstructor
public record JobSummary(@IdProjection Long id, String title, String slug, String companyName, String companySlug,
		String roleType, Seniority seniority, EmploymentType employmentType, RemotePolicy remotePolicy, String city,
		String country, int salaryMin, int salaryMax, String salaryCurrency, SalaryPeriod salaryPeriod,
		int salaryMinUsd, int salaryMaxUsd, boolean visaSponsorship, List<String> skills, Instant publishedAt,
		Instant expiresAt, OpeningType openingType, LocalDate applicationDeadline, LocalDate cohortStart,
		Integer programLength, ProgramLengthUnit programLengthUnit, boolean mentoring, boolean aiExperienceRequired) {

	/**
	 * Whether the posting is a program (an internship, residency, fellowship or career-switch program).
	 */
	public boolean isProgram() {
		return this.openingType != null && this.openingType.isProgram();
	}

	/**
	 * The path of the posting's page, such as {@code /jobs/42-research-scientist}.
	 */
	public String path() {
		return Slugs.path(this.id, this.slug);
	}

}
