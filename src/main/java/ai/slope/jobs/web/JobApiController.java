package ai.slope.jobs.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ai.slope.jobs.Facets;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobPostingRepository;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.JobSearchResult;
import ai.slope.jobs.JobSummary;
import ai.slope.jobs.ProgramLengthUnit;
import ai.slope.jobs.ProgramTerms;
import ai.slope.jobs.Slugs;
import ai.slope.web.BadRequestException;
import ai.slope.web.InputConverters;
import ai.slope.web.MarkdownRenderer;

/**
 * The read-only JSON API of postings: the same search as the {@code /jobs} page, paged, and single
 * postings. Bad parameters give an RFC 9457 problem document with status 400.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Search and read published job postings")
class JobApiController {

	private final JobSearch search;

	private final SearchParameters parameters;

	private final JobPostingRepository postings;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	JobApiController(JobSearch search, SearchParameters parameters, JobPostingRepository postings,
			MarkdownRenderer markdown, Clock clock) {
		this.search = search;
		this.parameters = parameters;
		this.postings = postings;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Search published postings",
			description = "Keywords support \"quoted phrases\", -exclusion and OR. Repeat role, seniority, type, remote, "
					+ "country and openingType for several values. Enum values are lower case with hyphens (full-time). "
					+ "Programs: openingType=internship (residency, fellowship, career-switch), mentoring=true, "
					+ "noAiExperience=true, sort=deadline.")
	JobList searchJobs(@ParameterObject @ModelAttribute JobSearchForm form) {
		SearchParameters.Parsed parsed = this.parameters.parse(form, JobQuery.DEFAULT_SIZE);
		if (parsed.hasErrors()) {
			throw new BadRequestException(parsed.errors());
		}
		JobSearchResult result = this.search.search(parsed.query());
		if (result.isPastLastPage() && result.total() > 0) {
			throw new BadRequestException(List.of(SearchParameters.error("page", "search.error.page.past-end",
					parsed.query().page(), result.totalPages())));
		}
		return JobList.of(result);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published posting, with its description",
			description = "404 for an unknown or unpublished posting; 410 (a problem document) for one that was "
					+ "published and has closed or expired.")
	JobDetail showJob(@PathVariable long id) {
		Instant now = this.clock.instant();
		JobPosting job = this.postings.findWithCompanyAndRole(id)
			.filter(p -> p.isLive(now) || p.hasEnded(now))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published posting " + id));
		if (!job.isLive(now)) {
			throw new ResponseStatusException(HttpStatus.GONE,
					"Posting " + id + " has closed and no longer accepts applications");
		}
		ProgramTerms terms = job.getProgramTerms();
		String eligibility = (terms == null || terms.eligibility() == null) ? null
				: this.markdown.toSafeHtml(terms.eligibility());
		return JobDetail.of(job, this.markdown.toSafeHtml(job.getDescription()), eligibility);
	}

	record Company(String name, String slug) {
	}

	record Salary(int min, int max, String currency, String period, int annualUsdMin, int annualUsdMax) {
	}

	/**
	 * A program's terms: when its cohort starts, how long it lasts, the last day to apply and when applications
	 * close (the end of that day Anywhere on Earth), whether one-to-one mentoring is included, whether prior AI/ML
	 * experience is required.
	 */
	record Program(LocalDate cohortStart, Integer length, String lengthUnit, LocalDate applicationDeadline,
			Instant applicationsClose, boolean mentoring, boolean aiExperienceRequired) {

		static Program of(LocalDate cohortStart, Integer length, ProgramLengthUnit unit, LocalDate deadline,
				boolean mentoring, boolean aiExperienceRequired) {
			return new Program(cohortStart, length, (unit == null) ? null : InputConverters.urlValue(unit), deadline,
					(deadline == null) ? null : ProgramTerms.closingTime(deadline), mentoring, aiExperienceRequired);
		}

	}

	/**
	 * @param openingType job, internship, residency, fellowship or career-switch
	 * @param program a program's terms; null for a job
	 */
	record JobItem(long id, String title, String url, Company company, String roleType, String seniority,
			String employmentType, String remotePolicy, String city, String country, Salary salary,
			boolean visaSponsorship, List<String> skills, Instant publishedAt, Instant expiresAt, String openingType,
			Program program) {

		static JobItem of(JobSummary job) {
			return new JobItem(job.id(), job.title(), job.path(), new Company(job.companyName(), job.companySlug()),
					job.roleType(), InputConverters.urlValue(job.seniority()), InputConverters.urlValue(job.employmentType()),
					InputConverters.urlValue(job.remotePolicy()), job.city(), job.country(),
					new Salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), InputConverters.urlValue(job.salaryPeriod()),
							job.salaryMinUsd(), job.salaryMaxUsd()),
					job.visaSponsorship(), job.skills(), job.publishedAt(), job.expiresAt(),
					(job.openingType() == null) ? null : InputConverters.urlValue(job.openingType()),
					job.isProgram() ? Program.of(job.cohortStart(), job.programLength(), job.programLengthUnit(),
							job.applicationDeadline(), job.mentoring(), job.aiExperienceRequired()) : null);
		}

	}

	record JobList(List<JobItem> items, int page, int size, long total, int totalPages,
			Map<String, Map<String, Long>> facets, String correctedFrom, String keywords) {

		static JobList of(JobSearchResult result) {
			Facets f = result.facets();
			Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
			facets.put("role", keyed(f.roleTypes(), Function.identity()));
			facets.put("seniority", keyed(f.seniorities(), InputConverters::urlValue));
			facets.put("type", keyed(f.employmentTypes(), InputConverters::urlValue));
			facets.put("remote", keyed(f.remotePolicies(), InputConverters::urlValue));
			facets.put("country", keyed(f.countries(), Function.identity()));
			facets.put("salary", keyed(f.minSalaryUsd(), String::valueOf));
			facets.put("visa", Map.of("true", f.visaSponsorship()));
			facets.put("days", keyed(f.postedWithinDays(), String::valueOf));
			facets.put("openingType", keyed(f.openingTypes(), InputConverters::urlValue));
			facets.put("mentoring", Map.of("true", f.mentoring()));
			facets.put("noAiExperience", Map.of("true", f.noAiExperience()));
			return new JobList(result.hits().stream().map(JobItem::of).toList(), result.query().page(),
					result.query().size(), result.total(), result.totalPages(), facets, result.correctedFrom(),
					result.query().keywords());
		}

		private static <K> Map<String, Long> keyed(Map<K, Long> counts, Function<K, String> key) {
			Map<String, Long> keyed = new LinkedHashMap<>();
			counts.forEach((k, v) -> keyed.put(key.apply(k), v));
			return keyed;
		}

	}

	record JobDetail(long id, String title, String url, Company company, String roleType, String seniority,
			String employmentType, String remotePolicy, String city, String country, Salary salary,
			boolean visaSponsorship, List<String> skills, String description, String descriptionHtml,
			String applyUrl, boolean inAppApply, Instant publishedAt, Instant expiresAt, String openingType,
			Program program, String eligibility, String eligibilityHtml) {

		static JobDetail of(JobPosting job, String descriptionHtml, String eligibilityHtml) {
			ProgramTerms terms = job.getProgramTerms();
			return new JobDetail(job.getId(), job.getTitle(), Slugs.path(job.getId(), job.getSlug()),
					new Company(job.getCompany().getName(), job.getCompany().getSlug()), job.getRoleTypeSlug(),
					InputConverters.urlValue(job.getSeniority()), InputConverters.urlValue(job.getEmploymentType()),
					InputConverters.urlValue(job.getRemotePolicy()), job.getCity(), job.getCountry(),
					new Salary(job.getSalaryMin(), job.getSalaryMax(), job.getSalaryCurrency(),
							InputConverters.urlValue(job.getSalaryPeriod()), job.getSalaryMinUsd(), job.getSalaryMaxUsd()),
					job.isVisaSponsorship(), job.getSkills(), job.getDescription(), descriptionHtml,
					job.getApplyUrl(), job.isInAppApply(), job.getPublishedAt(), job.getExpiresAt(),
					InputConverters.urlValue(job.getOpeningType()),
					(terms == null) ? null : Program.of(terms.cohortStart(), terms.length(), terms.lengthUnit(),
							terms.applicationDeadline(), terms.mentoring(), terms.aiExperienceRequired()),
					(terms == null) ? null : terms.eligibility(), eligibilityHtml);
		}

	}

}
