package ai.slope.jobs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.Role;
import ai.slope.accounts.SignedInUser;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyMemberships;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingConflictException;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.PostingRules;
import ai.slope.jobs.ProgramLengthUnit;
import ai.slope.jobs.ProgramTerms;
import ai.slope.jobs.RemotePolicy;
import ai.slope.jobs.PostingNotFoundException;
import ai.slope.jobs.PostingStateException;
import ai.slope.jobs.Postings;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.InputConverters;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.MarkdownRenderer;
import ai.slope.web.Pages;

/**
 * The recruiter's postings as JSON, for the logged-in recruiter's company only (the session cookie
 * authenticates; writes need the CSRF token like any form). A posting of another company answers 404.
 * <p>
 * {@code /api/v1/**} is readable without login for the public API, so this controller itself answers 401 to
 * anonymous callers and 403 to those who are not recruiters.
 * <p>
 * A posting is written as the form writes it ({@link PostingRequest}): choices in their URL form ({@code full-time},
 * {@code career-switch}), days as ISO dates, a program's terms in {@code program}. What the rules refuse is a 400
 * problem document naming each field ({@code program.applicationDeadline} for a program's term), a save that
 * crossed another a 409.
 */
@RestController
@RequestMapping("/api/v1/recruiter/postings")
@Tag(name = "Recruiter postings", description = "The logged-in recruiter's company's postings")
class RecruiterPostingApiController {

	private final Postings postings;

	private final CompanyMemberships memberships;

	private final MarkdownRenderer markdown;

	RecruiterPostingApiController(Postings postings, CompanyMemberships memberships, MarkdownRenderer markdown) {
		this.postings = postings;
		this.memberships = memberships;
		this.markdown = markdown;
	}

	@GetMapping
	@Operation(summary = "The company's postings, newest change first; q filters titles, status one status")
	PostingList listPostings(@CurrentUser SignedInUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page) {
		Company company = companyOf(user);
		Page<JobPosting> result = this.postings.ofCompany(company.getId(), q,
				RecruiterPostingsController.parseStatus(status), PageRequest.of(Math.min(Pages.MAX_PAGE, Math.max(1, page)) - 1,
						RecruiterPostingsController.PAGE_SIZE, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))));
		return new PostingList(result.getContent().stream().map(p -> PostingItem.of(p, null)).toList(),
				result.getNumber() + 1, result.getSize(), result.getTotalElements(), result.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of the company's postings, with its description")
	PostingItem showPosting(@CurrentUser SignedInUser user, @PathVariable long id) {
		JobPosting posting = this.postings.ofCompany(companyOf(user).getId(), id);
		return PostingItem.of(posting, this.markdown.toSafeHtml(posting.getDescription()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a new draft: a job, or a program with its terms")
	PostingItem createPosting(@CurrentUser SignedInUser user, @RequestBody PostingRequest request) {
		Company company = companyOf(user);
		PostingInput input = request.toInput(PostingRules.DEFAULT_EXPIRY_DAYS);
		JobPosting posting = withProgramFieldNames(() -> this.postings.createDraft(user.getId(), company, input));
		return PostingItem.of(posting, this.markdown.toSafeHtml(posting.getDescription()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace what a posting says, given the version read; a published program's closing moves with its deadline")
	PostingItem updatePosting(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestBody PostingRequest request) {
		Company company = companyOf(user);
		JobPosting stored = this.postings.ofCompany(company.getId(), id);
		if (request.version() == null) {
			throw new InvalidInputException("version", "postings.error.api.version");
		}
		PostingInput input = request.toInput(stored.getExpiryDays());
		JobPosting posting = withProgramFieldNames(
				() -> this.postings.update(user.getId(), company.getId(), id, request.version(), input));
		return PostingItem.of(posting, this.markdown.toSafeHtml(posting.getDescription()));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit a draft or rejected posting: published at once for a verified company, else reviewed")
	PostingItem submit(@CurrentUser SignedInUser user, @PathVariable long id) {
		JobPosting posting = this.postings.submit(user.getId(), companyOf(user).getId(), id);
		return PostingItem.of(posting, null);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a published or pending posting as filled or cancelled")
	PostingItem close(@CurrentUser SignedInUser user, @PathVariable long id, @RequestParam CloseReason reason) {
		JobPosting posting = this.postings.close(user.getId(), companyOf(user).getId(), id, reason);
		return PostingItem.of(posting, null);
	}

	@ExceptionHandler(PostingNotFoundException.class)
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such posting");
	}

	@ExceptionHandler(PostingConflictException.class)
	ProblemDetail savedMeanwhile(PostingConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else saved this posting after you read it: it is at version " + ex.getStoredVersion() + " now");
		problem.setProperty("storedVersion", ex.getStoredVersion());
		return problem;
	}

	/**
	 * The rules name a program's terms as the form does ({@code applicationDeadline}); the API's body has them in
	 * {@code program}, and so do its problems.
	 */
	private static JobPosting withProgramFieldNames(java.util.function.Supplier<JobPosting> action) {
		try {
			return action.get();
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ex.getProblems().stream().map(RecruiterPostingApiController::apiField).toList());
		}
	}

	private static InputProblem apiField(InputProblem problem) {
		String field = problem.field();
		if (field != null && PostingRequest.PROGRAM_FIELDS.containsKey(field)) {
			return new InputProblem("program." + PostingRequest.PROGRAM_FIELDS.get(field), problem.code(),
					problem.arguments());
		}
		return problem;
	}

	@ExceptionHandler(PostingStateException.class)
	ProblemDetail conflict(PostingStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Cannot " + ex.getAction() + " a posting that is " + ex.getStatus());
	}

	private Company companyOf(SignedInUser user) {
		if (user == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in as a recruiter");
		}
		if (!user.hasRole(Role.RECRUITER)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only recruiters have postings");
		}
		return this.memberships.activeCompanyOf(user.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You are not a member of a company"));
	}

	record PostingList(List<PostingItem> items, int page, int size, long total, int totalPages) {
	}

	record Salary(Integer min, Integer max, String currency, String period) {
	}

	/**
	 * A program's terms, as the API reads and writes them; {@code closesAt} (written only) is when applications
	 * close: the end of the deadline's day Anywhere on Earth.
	 */
	record Program(String applicationDeadline, String cohortStart, Integer length, String lengthUnit,
			Boolean mentoring, Boolean aiExperienceRequired, String eligibility, Instant closesAt) {

		static Program of(JobPosting posting) {
			ProgramTerms terms = posting.getProgramTerms();
			if (terms == null) {
				return null;
			}
			return new Program(terms.applicationDeadline().toString(),
					(terms.cohortStart() == null) ? null : terms.cohortStart().toString(), terms.length(),
					(terms.lengthUnit() == null) ? null : InputConverters.urlValue(terms.lengthUnit()),
					terms.mentoring(), terms.aiExperienceRequired(), terms.eligibility(), posting.closingTime());
		}

	}

	/**
	 * What a recruiter writes about a posting through the API, the fields of the form. Choices in their URL form or
	 * their constant's name; a value that is none of them, or a day that is not an ISO date, is a problem beside
	 * its field, with the rules' problems.
	 */
	record PostingRequest(String roleType, String title, String seniority, String employmentType,
			String remotePolicy, String city, String country, Salary salary, Boolean visaSponsorship,
			List<String> skills, String description, String applyUrl, Integer expiryDays, String openingType,
			Program program, Long version) {

		/** The rules' names of a program's terms, and the API's. */
		static final java.util.Map<String, String> PROGRAM_FIELDS = java.util.Map.of("applicationDeadline",
				"applicationDeadline", "cohortStart", "cohortStart", "programLength", "length", "programLengthUnit",
				"lengthUnit", "mentoring", "mentoring", "aiExperienceRequired", "aiExperienceRequired", "eligibility",
				"eligibility");

		/**
		 * The input the services take; {@code days} when none are given. An internship's employment type is an
		 * intern's when none is given.
		 * @throws InvalidInputException naming every value that could not be read
		 */
		PostingInput toInput(int days) {
			List<InputProblem> problems = new ArrayList<>();
			OpeningType opening = choice(OpeningType.class, "openingType", this.openingType, problems);
			EmploymentType employment = choice(EmploymentType.class, "employmentType", this.employmentType, problems);
			if (employment == null && opening == OpeningType.INTERNSHIP && this.employmentType == null) {
				employment = EmploymentType.INTERNSHIP;
			}
			ProgramTerms terms = null;
			if (this.program != null) {
				terms = new ProgramTerms(date("program.cohortStart", this.program.cohortStart(), problems),
						this.program.length(),
						choice(ProgramLengthUnit.class, "program.lengthUnit", this.program.lengthUnit(), problems),
						date("program.applicationDeadline", this.program.applicationDeadline(), problems),
						Boolean.TRUE.equals(this.program.mentoring()),
						!Boolean.FALSE.equals(this.program.aiExperienceRequired()), this.program.eligibility());
			}
			Salary pay = this.salary;
			PostingInput input = new PostingInput(this.roleType, this.title,
					choice(Seniority.class, "seniority", this.seniority, problems), employment,
					choice(RemotePolicy.class, "remotePolicy", this.remotePolicy, problems), this.city, this.country,
					(pay == null) ? null : pay.min(), (pay == null) ? null : pay.max(),
					(pay == null) ? null : pay.currency(),
					(pay == null || pay.period() == null) ? null
							: choice(SalaryPeriod.class, "salary.period", pay.period(), problems),
					Boolean.TRUE.equals(this.visaSponsorship), (this.skills == null) ? List.of() : this.skills,
					this.description, this.applyUrl, (this.expiryDays != null) ? this.expiryDays : days,
					(opening == null) ? OpeningType.JOB : opening, terms);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return input;
		}

		private static <E extends Enum<E>> E choice(Class<E> type, String field, String value,
				List<InputProblem> problems) {
			if (value == null || value.isBlank()) {
				return null;
			}
			E constant = InputConverters.enumValue(type, value);
			if (constant == null) {
				problems.add(InputProblem.of(field, "postings.error.choose"));
			}
			return constant;
		}

		private static LocalDate date(String field, String value, List<InputProblem> problems) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(InputProblem.of(field, "postings.error.api.date", value));
				return null;
			}
		}

	}

	record PostingItem(long id, String title, String status, String openingType, String roleType, String seniority,
			String employmentType, String remotePolicy, String city, String country, Salary salary,
			boolean visaSponsorship, List<String> skills, String descriptionHtml, String applyUrl, int expiryDays,
			Program program, Instant publishedAt, Instant expiresAt, long views, String rejectReason,
			String closeReason, long version) {

		static PostingItem of(JobPosting p, String descriptionHtml) {
			return new PostingItem(p.getId(), p.getTitle(), p.getStatus().name(),
					InputConverters.urlValue(p.getOpeningType()), p.getRoleType().getSlug(),
					InputConverters.urlValue(p.getSeniority()), InputConverters.urlValue(p.getEmploymentType()), InputConverters.urlValue(p.getRemotePolicy()),
					p.getCity(), p.getCountry(),
					new Salary(p.getSalaryMin(), p.getSalaryMax(), p.getSalaryCurrency(), InputConverters.urlValue(p.getSalaryPeriod())),
					p.isVisaSponsorship(), p.getSkills(), descriptionHtml, p.getApplyUrl(), p.getExpiryDays(),
					Program.of(p), p.getPublishedAt(), p.getExpiresAt(), p.getViewCount(), p.getRejectReason(),
					(p.getCloseReason() != null) ? p.getCloseReason().name() : null, p.getVersion());
		}

	}

}
