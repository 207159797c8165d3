package ai.slope.jobs.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingActivity;
import ai.slope.jobs.PostingConflictException;
import ai.slope.jobs.PostingHistoryEntry;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.PostingRules;
import ai.slope.jobs.PostingStateException;
import ai.slope.jobs.Postings;
import ai.slope.jobs.ProgramLengthUnit;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.Choice;
import ai.slope.web.InvalidInputException;
import ai.slope.web.MarkdownRenderer;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;
import ai.slope.web.RejectedValueArguments;

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

	private final SpringValidatorAdapter beanValidation;

	private final PostingFormValidator rules;

	RecruiterPostingFormController(Postings postings, CompanyMemberships memberships, RoleTaxonomy roles,
			ExchangeRates rates, MarkdownRenderer markdown, jakarta.validation.Validator beanValidation,
			PostingFormValidator rules) {
		this.beanValidation = new SpringValidatorAdapter(beanValidation);
		this.rules = rules;
		this.postings = postings;
		this.memberships = memberships;
		this.roles = roles;
		this.rates = rates;
		this.markdown = markdown;
	}

	@InitBinder("postingForm")
	void typedValuesInMessages(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new RejectedValueArguments());
	}

	@GetMapping("/recruiter/postings/new")
	String initCreationForm(@CurrentUser SignedInUser user, Model model) {
		companyOf(user);
		model.addAttribute("postingForm", new PostingForm());
		return form(model, null, null);
	}

	@PostMapping("/recruiter/postings")
	String processCreationForm(@CurrentUser SignedInUser user, @ModelAttribute("postingForm") PostingForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		Company company = companyOf(user);
		if ("preview".equals(action)) {
			model.addAttribute("previewHtml", this.markdown.toSafeHtml(form.getDescription()));
			return form(model, null, null);
		}
		if (!validate(form, result)) {
			return form(model, null, null);
		}
		try {
			JobPosting posting = this.postings.createDraft(user.getId(), company, form.toInput());
			redirect.addFlashAttribute("notice", "postings.notice.created");
			return "redirect:/recruiter/postings/" + posting.getId();
		}
		catch (InvalidInputException ex) {
			ex.getProblems().forEach(problem -> PostingFormValidator.reject(result, problem));
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
		if ("preview".equals(action)) {
			model.addAttribute("previewHtml", this.markdown.toSafeHtml(form.getDescription()));
			return form(model, posting, null);
		}
		// a version that is not a number was not read from this posting: it is a conflict like any other
		long readVersion = (form.getVersion() != null && !result.hasFieldErrors("version")) ? form.getVersion() : -1;
		if (!validate(form, result)) {
			return form(model, posting, null);
		}
		PostingInput input = form.toInput();
		try {
			boolean applyingChanged = PostingInput.of(posting).differsInApplying(input);
			JobPosting saved = this.postings.update(user.getId(), posting.getCompany().getId(), posting.getId(),
					readVersion, input);
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
				this.postings.update(user.getId(), posting.getCompany().getId(), posting.getId(), -1, input);
			}
			catch (PostingConflictException conflict) {
				result.reject("postings.error.conflict");
				response.setStatus(HttpStatus.CONFLICT.value());
				return form(model, posting(user, id), conflict);
			}
			throw ex;
		}
		catch (InvalidInputException ex) {
			ex.getProblems().forEach(problem -> PostingFormValidator.reject(result, problem));
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
		model.addAttribute("openingTypes", Choice.of(OpeningType::messageKey, OpeningType.values()));
		model.addAttribute("lengthUnits", Choice.of((ProgramLengthUnit u) -> "postings.program.unit." + u.name(), ProgramLengthUnit.values()));
		model.addAttribute("minDays", PostingRules.MIN_EXPIRY_DAYS);
		model.addAttribute("maxDays", PostingRules.MAX_EXPIRY_DAYS);
		return FORM_VIEW;
	}

	/**
	 * Bean Validation, then the posting rules for the fields that passed it and were read (a number that is not
	 * one is a {@code typeMismatch} already). True when the form may be saved.
	 */
	private boolean validate(PostingForm form, BindingResult result) {
		this.beanValidation.validate(form, result);
		this.rules.validate(form, result);
		// the hidden version is not the person's to correct: one that is not a number is taken as a conflict;
		// a job drops the program's fields (shown without JavaScript), so nothing typed there stops it
		boolean job = form.getOpeningType() != null && !form.getOpeningType().isProgram();
		return !result.hasGlobalErrors() && result.getFieldErrors()
			.stream()
			.allMatch(error -> error.getField().equals("version") || (job && PostingForm.isProgramField(error.getField())));
	}

	private Company companyOf(SignedInUser user) {
		return this.memberships.activeCompanyOf(user.getId()).orElseThrow(PageNotFoundException::new);
	}

	private JobPosting posting(SignedInUser user, long id) {
		return this.postings.ofCompany(companyOf(user).getId(), id);
	}

}
