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
 * The form to write and edit a posting, with a live preview of its description and of its skills as tags.
 * Every form works without JavaScript; htmx only makes the previews live. A posting of another company is not
 * found (404). The posting's page and its lifecycle are {@link RecruiterPostingsController}'s.
 */
@Controller
class RecruiterPostingFormController {

	static final String FORM_VIEW = "jobs/recruiter/form";

	static final String PREVIEW_FRAGMENT = "jobs/recruiter/form :: preview";

	static final String SKILL_TAGS_FRAGMENT = "jobs/recruiter/form :: skill-tags";

	private final Postings postings;

	private final CompanyMemberships memberships;

	private final RoleTaxonomy roles;

	private final ExchangeRates rates;

	private final MarkdownRenderer markdown;

	RecruiterPostingFormController(Postings postings, CompanyMemberships memberships, RoleTaxonomy roles,
			ExchangeRates rates, MarkdownRenderer markdown) {
		this.postings = postings;
		this.memberships = memberships;
		this.roles = roles;
		this.rates = rates;
		this.markdown = markdown;
	}

	@GetMapping("/recruiter/postings/new")
	String initCreationForm(@CurrentUser SignedInUser user, Model model) {
		companyOf(user);
		model.addAttribute("postingForm", PostingForm.empty());
		return form(model, null, null);
	}

	@PostMapping("/recruiter/postings")
	String processCreationForm(@CurrentUser SignedInUser user, @ModelAttribute("postingForm") PostingForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		Company company = companyOf(user);
		BoundForms.require(result);
		if ("preview".equals(action)) {
			model.addAttribute("previewHtml", this.markdown.toSafeHtml(form.description()));
			return form(model, null, null);
		}
		PostingForm.Parsed parsed = form.parse();
		if (reject(result, parsed)) {
			return form(model, null, null);
		}
		try {
			JobPosting posting = this.postings.createDraft(user.getId(), company, parsed.input());
			redirect.addFlashAttribute("notice", "postings.notice.created");
			return "redirect:/recruiter/postings/" + posting.getId();
		}
		catch (InvalidInputException ex) {
			ex.getProblems().forEach(problem -> reject(result, problem));
			return form(model, null, null);
		}
	}

	@GetMapping("/recruiter/postings/{id}/edit")
	String initUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		JobPosting posting = posting(user, id);
		model.addAttribute("postingForm", PostingForm.of(posting));
		model.addAttribute("previewHtml", this.markdown.toSafeHtml(posting.getDescription()));
		return form(model, posting, null);
	}

	@PostMapping("/recruiter/postings/{id}/edit")
	String processUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@ModelAttribute("postingForm") PostingForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		JobPosting posting = posting(user, id);
		BoundForms.require(result);
		if ("preview".equals(action)) {
			model.addAttribute("previewHtml", this.markdown.toSafeHtml(form.description()));
			return form(model, posting, null);
		}
		PostingForm.Parsed parsed = form.parse();
		if (reject(result, parsed)) {
			return form(model, posting, null);
		}
		long readVersion = (form.version() != null) ? form.version() : -1;
		try {
			boolean applyingChanged = PostingInput.of(posting).differsInApplying(parsed.input());
			JobPosting saved = this.postings.update(user.getId(), posting.getCompany().getId(), posting.getId(),
					readVersion, parsed.input());
			boolean backToReview = posting.getStatus() == JobStatus.PUBLISHED
					&& saved.getStatus() == JobStatus.PENDING_REVIEW;
			redirect.addFlashAttribute("notice", !backToReview ? "postings.notice.saved"
					: applyingChanged ? "postings.notice.saved-back-to-review.apply"
							: "postings.notice.saved-back-to-review");
			return "redirect:/recruiter/postings/" + saved.getId();
		}
		catch (PostingConflictException ex) {
			result.reject("postings.error.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, posting, ex);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// saved by someone else between our read and our write: show what is stored now
			try {
				this.postings.update(user.getId(), posting.getCompany().getId(), posting.getId(), -1, parsed.input());
			}
			catch (PostingConflictException conflict) {
				result.reject("postings.error.conflict");
				response.setStatus(HttpStatus.CONFLICT.value());
				return form(model, posting(user, id), conflict);
			}
			throw ex;
		}
		catch (InvalidInputException ex) {
			ex.getProblems().forEach(problem -> reject(result, problem));
			return form(model, posting, null);
		}
	}

	/**
	 * The description rendered as the public page will show it, for the live preview (htmx).
	 */
	@PostMapping("/recruiter/postings/preview")
	String showPreview(@RequestParam(defaultValue = "") String description, Model model) {
		model.addAttribute("previewHtml", this.markdown.toSafeHtml(description));
		return PREVIEW_FRAGMENT;
	}

	/**
	 * The skills as tags, as they will be saved, while they are typed (htmx).
	 */
	@PostMapping("/recruiter/postings/skills")
	String showSkillTags(@RequestParam(defaultValue = "") String skills, Model model) {
		model.addAttribute("skillTags", PostingForm.splitSkills(skills));
		return SKILL_TAGS_FRAGMENT;
	}

	private String form(Model model, JobPosting posting, PostingConflictException conflict) {
		model.addAttribute("posting", posting);
		model.addAttribute("conflict", conflict);
		if (conflict != null) {
			model.addAttribute("storedVersion", conflict.getStoredVersion());
		}
		if (model.getAttribute("postingForm") instanceof PostingForm form) {
			model.addAttribute("skillTags", form.skillTags());
		}
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("roleTypes",
				this.roles.roleTypes().stream().map(r -> Choice.of(r.getSlug(), r.name(locale))).toList());
		model.addAttribute("seniorities", Choice.of(Seniority::messageKey, Seniority.values()));
		model.addAttribute("employmentTypes", Choice.of(EmploymentType::messageKey, EmploymentType.values()));
		model.addAttribute("remotePolicies", Choice.of(RemotePolicy::messageKey, RemotePolicy.values()));
		model.addAttribute("currencies", this.rates.currencies().stream().map(c -> Choice.of(c, c)).toList());
		model.addAttribute("periods", Choice.of(SalaryPeriod::messageKey, SalaryPeriod.values()));
		model.addAttribute("minDays", PostingRules.MIN_EXPIRY_DAYS);
		model.addAttribute("maxDays", PostingRules.MAX_EXPIRY_DAYS);
		return FORM_VIEW;
	}

	/**
	 * Puts the problems beside their fields: those of the values as typed, then the rules' (only for fields
	 * that parsed). True when there is any.
	 */
	private boolean reject(BindingResult result, PostingForm.Parsed parsed) {
		parsed.problems().forEach(problem -> reject(result, problem));
		Set<String> unparsed = parsed.problems().stream().map(InputProblem::field).collect(Collectors.toSet());
		this.postings.problems(parsed.input())
			.stream()
			.filter(problem -> !unparsed.contains(problem.field()))
			.forEach(problem -> reject(result, problem));
		return result.hasErrors();
	}

	private static void reject(BindingResult result, InputProblem problem) {
		if (result.getFieldErrorCount(problem.field()) == 0) {
			result.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
		}
	}

	private Company companyOf(SignedInUser user) {
		return this.memberships.activeCompanyOf(user.getId()).orElseThrow(PageNotFoundException::new);
	}

	private JobPosting posting(SignedInUser user, long id) {
		return this.postings.ofCompany(companyOf(user).getId(), id);
	}

}
