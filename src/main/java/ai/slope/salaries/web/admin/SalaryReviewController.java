package ai.slope.salaries.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.SalaryConflictException;
import ai.slope.salaries.SalaryCuration;
import ai.slope.salaries.SalaryNotFoundException;
import ai.slope.salaries.SalaryOutliers;
import ai.slope.salaries.SalaryRecord;
import ai.slope.salaries.SalaryReview;
import ai.slope.salaries.SalaryStatus;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * The review of salary records: the queue of pending and flagged records (approve or reject one or many with a
 * note), editing one record, and flagging outliers. Every change is in the audit log.
 */
@Controller
@RequestMapping(SalaryAdminViews.BASE)
class SalaryReviewController {

	static final String DECISION_FORM = "decisionForm";

	static final String RECORD_FORM = "recordForm";

	private final SalaryCuration curation;

	private final SalaryReview review;

	private final SalaryAdminViews views;

	SalaryReviewController(SalaryCuration curation, SalaryReview review, SalaryAdminViews views) {
		this.curation = curation;
		this.review = review;
		this.views = views;
	}

	@GetMapping("/review")
	String showReviewQueue(@RequestParam(required = false) String status,
			@PageableDefault(size = SalaryAdminViews.PAGE_SIZE) Pageable pageable, Model model, Locale locale) {
		SalaryStatus filter = SalaryAdminViews.status(status);
		Page<SalaryRecord> queue = new PageImpl<>(
				this.review.queue(filter, (int) pageable.getOffset(), pageable.getPageSize()), pageable,
				this.review.queueSize(filter));
		model.addAttribute("queue", queue.getContent());
		model.addAttribute("total", queue.getTotalElements());
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("page", queue.getNumber() + 1);
		model.addAttribute("pages", Pages.ofCurrentRequest(queue));
		model.addAttribute("roleNames", roleNames(queue.getContent(), locale));
		if (!model.containsAttribute(DECISION_FORM)) {
			model.addAttribute(DECISION_FORM, new DecisionForm());
		}
		return "salaries/admin/review";
	}

	/**
	 * Approves or rejects the ticked records, then goes back to the queue's filter and page. What was refused comes
	 * back there beside the form, with the rows still ticked, so that the admin only adds what was missing.
	 */
	@PostMapping("/review")
	String decide(@CurrentUser SignedInUser admin, @ModelAttribute(DECISION_FORM) DecisionForm form,
			BindingResult result, RedirectAttributes redirect) {
		UriComponentsBuilder back = UriComponentsBuilder.fromPath(SalaryAdminViews.BASE + "/review");
		SalaryStatus filter = SalaryAdminViews.status(form.getStatus());
		if (filter != null) {
			back.queryParam("status", filter.name());
		}
		if (!result.hasFieldErrors("page") && form.getPage() != null && form.getPage() > 1) {
			back.queryParam("page", Math.min(form.getPage(), Pages.MAX_PAGE));
		}
		String redirectBack = "redirect:" + back.build().toUriString();
		if (result.hasFieldErrors("ids")) {
			// an id that is not a number names no record
			result.reject("salaries.review.error.gone");
		}
		else if (result.hasFieldErrors("decision")) {
			result.reject("salaries.review.error.decision");
		}
		else {
			SalaryReview.Decision decision = form.getDecision();
			try {
				List<SalaryReview.Change> changes = this.curation.decide(admin.getId(), form.getIds(), decision,
						form.getNote());
				redirect.addFlashAttribute("notice", (decision == SalaryReview.Decision.APPROVE)
						? "salaries.review.approved" : "salaries.review.rejected");
				redirect.addFlashAttribute("noticeArgs", List.of(changes.size()));
				return redirectBack;
			}
			catch (InvalidInputException ex) {
				InputProblem.rejectAll(result, ex.getProblems());
			}
			catch (SalaryNotFoundException ex) {
				result.reject("salaries.review.error.gone");
			}
		}
		redirect.addFlashAttribute(DECISION_FORM, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + DECISION_FORM, result);
		return redirectBack;
	}

	@GetMapping("/records/{id:\\d{1,18}}/edit")
	String initEditForm(@PathVariable long id, Model model, Locale locale) {
		SalaryRecord record = this.review.find(id).orElseThrow(PageNotFoundException::new);
		model.addAttribute(RECORD_FORM, RecordForm.of(record));
		return editPage(record, model, locale);
	}

	/**
	 * Saves an admin's edit, which approves the record. A value that is not a number comes back beside its field as
	 * typed; the module's rules beside theirs; a record someone changed meanwhile comes back with what is saved now
	 * under each field.
	 */
	@PostMapping("/records/{id:\\d{1,18}}")
	String processEditForm(@CurrentUser SignedInUser admin, @PathVariable long id,
			@ModelAttribute(RECORD_FORM) RecordForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		SalaryRecord record = this.review.find(id).orElseThrow(PageNotFoundException::new);
		if (result.hasErrors()) {
			return editPage(record, model, locale);
		}
		try {
			this.curation.edit(admin.getId(), id, (form.getVersion() != null) ? form.getVersion() : -1, form.fields(),
					form.getNote());
			redirect.addFlashAttribute("notice", "salaries.review.edited");
			redirect.addFlashAttribute("noticeArgs", List.of(record.jobTitle()));
			return "redirect:" + SalaryAdminViews.BASE + "/review";
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return editPage(record, model, locale);
		}
		catch (SalaryConflictException ex) {
			SalaryRecord current = this.review.find(id).orElseThrow(PageNotFoundException::new);
			form.setVersion(current.version());
			model.addAttribute("problem", InputProblem.of(null, "salaries.review.error.conflict"));
			model.addAttribute("saved", current.fields());
			return editPage(current, model, locale);
		}
	}

	private String editPage(SalaryRecord record, Model model, Locale locale) {
		model.addAttribute("record", record);
		model.addAttribute("roleName", (record.roleType() != null) ? this.views.roleName(record.roleType(), locale)
				: null);
		model.addAttribute("fieldNames", record.fields().keySet());
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", Map.of());
		}
		return "salaries/admin/record-edit";
	}

	@PostMapping("/outliers")
	String flagOutliers(@CurrentUser SignedInUser admin, RedirectAttributes redirect) {
		SalaryOutliers.Result result = this.curation.flagOutliers(admin.getId());
		redirect.addFlashAttribute("notice", "salaries.outliers.done");
		redirect.addFlashAttribute("noticeArgs", List.of(result.flagged(), result.cleared()));
		return "redirect:" + SalaryAdminViews.BASE + "/review?status=FLAGGED";
	}

	private Map<String, String> roleNames(List<SalaryRecord> records, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		records.stream()
			.map(SalaryRecord::roleType)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(slug -> names.put(slug, this.views.roleName(slug, locale)));
		return names;
	}

}

