package ai.slope.jobs.web;

import java.time.Instant;
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
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingNotFoundException;
import ai.slope.jobs.PostingStateException;
import ai.slope.jobs.Postings;
import ai.slope.web.InputConverters;
import ai.slope.web.MarkdownRenderer;
import ai.slope.web.Pages;

/**
 * The recruiter's postings as JSON, for the logged-in recruiter's company only (the session cookie
 * authenticates; writes need the CSRF token like any form). A posting of another company answers 404.
 * <p>
 * {@code /api/v1/**} is readable without login for the public API, so this controller itself answers 401 to
 * anonymous callers and 403 to those who are not recruiters.
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

	record Salary(int min, int max, String currency, String period) {
	}

	record PostingItem(long id, String title, String status, String roleType, String seniority, String employmentType,
			String remotePolicy, String city, String country, Salary salary, boolean visaSponsorship,
			List<String> skills, String descriptionHtml, String applyUrl, int expiryDays, Instant publishedAt,
			Instant expiresAt, long views, String rejectReason, String closeReason, long version) {

		static PostingItem of(JobPosting p, String descriptionHtml) {
			return new PostingItem(p.getId(), p.getTitle(), p.getStatus().name(), p.getRoleType().getSlug(),
					InputConverters.urlValue(p.getSeniority()), InputConverters.urlValue(p.getEmploymentType()), InputConverters.urlValue(p.getRemotePolicy()),
					p.getCity(), p.getCountry(),
					new Salary(p.getSalaryMin(), p.getSalaryMax(), p.getSalaryCurrency(), InputConverters.urlValue(p.getSalaryPeriod())),
					p.isVisaSponsorship(), p.getSkills(), descriptionHtml, p.getApplyUrl(), p.getExpiryDays(),
					p.getPublishedAt(), p.getExpiresAt(), p.getViewCount(), p.getRejectReason(),
					(p.getCloseReason() != null) ? p.getCloseReason().name() : null, p.getVersion());
		}

	}

}
