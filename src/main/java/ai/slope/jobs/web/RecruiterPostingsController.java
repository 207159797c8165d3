package ai.slope.jobs.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.Accounts;
import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyMemberships;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.PostingActivity;
import ai.slope.jobs.PostingConflictException;
import ai.slope.jobs.PostingHistoryEntry;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.PostingRules;
import ai.slope.jobs.PostingStateException;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.BoundForms;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.MarkdownRenderer;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * The recruiter's side of postings but the form ({@link RecruiterPostingFormController}): the company's dashboard,
 * a posting's own page with its history, and the lifecycle actions (submit, close as filled or cancelled,
 * extend, relist, duplicate). The posting guards its own lifecycle: an action that does not fit its status
 * comes back to its page with a message naming the status. A posting of another company is not found (404).
 */
@Controller
class RecruiterPostingsController {

	static final String DASHBOARD_VIEW = "jobs/recruiter/postings";

	static final String POSTING_VIEW = "jobs/recruiter/posting";

	static final String CLOSE_VIEW = "jobs/recruiter/close";

	static final int PAGE_SIZE = 20;

	private final Postings postings;

	private final CompanyMemberships memberships;

	private final Accounts accounts;

	private final RoleTaxonomy roles;

	private final ExchangeRates rates;

	private final MarkdownRenderer markdown;

	private final PostingActivity activity;

	private final Clock clock;

	RecruiterPostingsController(Postings postings, CompanyMemberships memberships, Accounts accounts,
			RoleTaxonomy roles, ExchangeRates rates, MarkdownRenderer markdown,
			ObjectProvider<PostingActivity> activity, Clock clock) {
		this.clock = clock;
		this.activity = activity.getIfAvailable(NoActivity::new);
		this.postings = postings;
		this.memberships = memberships;
		this.accounts = accounts;
		this.roles = roles;
		this.rates = rates;
		this.markdown = markdown;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("statuses", Choice.of(JobStatus::messageKey, JobStatus.values()));
	}

	@GetMapping("/recruiter/postings")
	String showDashboard(@CurrentUser SignedInUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Optional<Company> company = this.memberships.activeCompanyOf(user.getId());
		model.addAttribute("company", company.orElse(null));
		model.addAttribute("q", (q == null) ? "" : q);
		JobStatus chosen = parseStatus(status);
		model.addAttribute("status", (chosen == null) ? "" : chosen.name());
		if (company.isEmpty()) {
			return DASHBOARD_VIEW;
		}
		int pageNumber = Pages.number(page);
		Page<JobPosting> result = this.postings.ofCompany(company.get().getId(), q, chosen,
				PageRequest.of(pageNumber - 1, PAGE_SIZE, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))));
		model.addAttribute("postings", result);
		Map<Long, PostingActivity.Counts> activity = this.activity.of(result.map(JobPosting::getId).getContent());
		model.addAttribute("activity", result.stream()
			.collect(Collectors.toMap(JobPosting::getId,
					posting -> activity.getOrDefault(posting.getId(), PostingActivity.Counts.NONE))));
		model.addAttribute("page", pageNumber);
		model.addAttribute("pages", Pages.ofCurrentRequest(result));
		model.addAttribute("filtered", (q != null && !q.isBlank()) || chosen != null);
		return DASHBOARD_VIEW;
	}

	@GetMapping("/recruiter/postings/{id}")
	String showPosting(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		JobPosting posting = posting(user, id);
		model.addAttribute("posting", posting);
		model.addAttribute("descriptionHtml", this.markdown.toSafeHtml(posting.getDescription()));
		List<PostingHistoryEntry> history = this.postings.history(posting.getId());
		model.addAttribute("history", history);
		model.addAttribute("actors", actorNames(history));
		model.addAttribute("closeReasons", CloseReason.values());
		model.addAttribute("live", posting.isLive(this.clock.instant()));
		return POSTING_VIEW;
	}

	@PostMapping("/recruiter/postings/{id}/submit")
	String submit(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		Company company = companyOf(user);
		try {
			JobPosting posting = this.postings.submit(user.getId(), company.getId(), id);
			redirect.addFlashAttribute("notice", (posting.getStatus() == JobStatus.PUBLISHED)
					? "postings.notice.published" : "postings.notice.sent-to-review");
		}
		catch (InvalidInputException ex) {
			// a program whose deadline has passed: its page says to move the deadline first
			redirect.addFlashAttribute("problem", ex.getProblems().get(0));
		}
		return "redirect:/recruiter/postings/" + id;
	}

	@GetMapping("/recruiter/postings/{id}/close")
	String initCloseForm(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("posting", posting(user, id));
		model.addAttribute("closeReasons", CloseReason.values());
		return CLOSE_VIEW;
	}

	@PostMapping("/recruiter/postings/{id}/close")
	String processCloseForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		JobPosting posting = posting(user, id);
		CloseReason closeReason = parseCloseReason(reason);
		if (closeReason == null) {
			model.addAttribute("posting", posting);
			model.addAttribute("closeReasons", CloseReason.values());
			model.addAttribute("reasonError", "postings.error.close-reason");
			return CLOSE_VIEW;
		}
		this.postings.close(user.getId(), posting.getCompany().getId(), posting.getId(), closeReason);
		redirect.addFlashAttribute("notice", "postings.notice.closed");
		return "redirect:/recruiter/postings/" + posting.getId();
	}

	@PostMapping("/recruiter/postings/{id}/extend")
	String extend(@CurrentUser SignedInUser user, @PathVariable long id, @ModelAttribute("daysForm") DaysForm days,
			BindingResult result, RedirectAttributes redirect) {
		Company company = companyOf(user);
		try {
			this.postings.extend(user.getId(), company.getId(), id, days.days(result));
			redirect.addFlashAttribute("notice", "postings.notice.extended");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getProblems().get(0));
		}
		return "redirect:/recruiter/postings/" + id;
	}

	@PostMapping("/recruiter/postings/{id}/relist")
	String relist(@CurrentUser SignedInUser user, @PathVariable long id, @ModelAttribute("daysForm") DaysForm days,
			BindingResult result, RedirectAttributes redirect) {
		Company company = companyOf(user);
		try {
			JobPosting posting = this.postings.relist(user.getId(), company.getId(), id, days.days(result));
			redirect.addFlashAttribute("notice", (posting.getStatus() == JobStatus.PUBLISHED)
					? "postings.notice.published" : "postings.notice.sent-to-review");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getProblems().get(0));
		}
		return "redirect:/recruiter/postings/" + id;
	}

	@PostMapping("/recruiter/postings/{id}/duplicate")
	String duplicate(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		Company company = companyOf(user);
		JobPosting copy = this.postings.duplicate(user.getId(), company.getId(), id);
		redirect.addFlashAttribute("notice", "postings.notice.duplicated");
		return "redirect:/recruiter/postings/" + copy.getId() + "/edit";
	}

	@ExceptionHandler(PostingStateException.class)
	String wrongState(PostingStateException ex, HttpServletRequest request,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", InputProblem.of("status", "postings.error.state",
				new DefaultMessageSourceResolvable(ex.getStatus().messageKey())));
		String path = request.getRequestURI().replaceFirst("/(submit|close|extend|relist|duplicate)$", "");
		return "redirect:" + path;
	}

	private Map<Long, String> actorNames(List<PostingHistoryEntry> history) {
		return history.stream()
			.map(PostingHistoryEntry::getActorId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					actor -> this.accounts.findById(actor).map(a -> a.getDisplayName()).orElse("#" + actor)));
	}

	private Company companyOf(SignedInUser user) {
		return this.memberships.activeCompanyOf(user.getId()).orElseThrow(PageNotFoundException::new);
	}

	private JobPosting posting(SignedInUser user, long id) {
		return this.postings.ofCompany(companyOf(user).getId(), id);
	}

	/**
	 * The days a posting is extended or relisted for; none for the default.
	 */
	static final class DaysForm {

		private Integer days;

		public Integer getDays() {
			return this.days;
		}

		public void setDays(Integer days) {
			this.days = days;
		}

		/** What was asked; a value that is not a number is out of range, and the rules say which range. */
		Integer days(BindingResult result) {
			return result.hasFieldErrors("days") ? Integer.valueOf(-1) : this.days;
		}

	}

	static JobStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return JobStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static CloseReason parseCloseReason(String reason) {
		if (reason == null) {
			return null;
		}
		try {
			return CloseReason.valueOf(reason);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
