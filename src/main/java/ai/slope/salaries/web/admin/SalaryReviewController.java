package ai.slope.salaries.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.ExperienceLevel;
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

/**
 * The review of salary records: the queue of pending and flagged records (approve or reject one or many with a
 * note), editing one record, and flagging outliers. Every change is in the audit log.
 */
@Controller
@RequestMapping(SalaryAdminViews.BASE)
class SalaryReviewController {

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
			@RequestParam(name = "page", required = false) String page, Model model, Locale locale) {
		SalaryStatus filter = SalaryAdminViews.status(status);
		int number = SalaryAdminViews.page(page);
		long total = this.review.queueSize(filter);
		List<SalaryRecord> queue = this.review.queue(filter, (number - 1) * SalaryAdminViews.PAGE_SIZE,
				SalaryAdminViews.PAGE_SIZE);
		model.addAttribute("queue", queue);
		model.addAttribute("total", total);
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("page", number);
		model.addAttribute("pages", SalaryAdminViews.pages(number, total, SalaryAdminViews.PAGE_SIZE));
		model.addAttribute("roleNames", roleNames(queue, locale));
		if (!model.containsAttribute("reviewProblems")) {
			model.addAttribute("reviewProblems", List.of());
		}
		if (!model.containsAttribute("checkedIds")) {
			model.addAttribute("checkedIds", List.of());
		}
		return "salaries/admin/review";
	}

	@PostMapping("/review")
	String decide(@CurrentUser SignedInUser admin, @RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			@RequestParam(required = false) String status, @RequestParam(name = "page", required = false) String page,
			RedirectAttributes redirect) {
		SalaryReview.Decision parsed = "APPROVE".equals(decision) ? SalaryReview.Decision.APPROVE
				: "REJECT".equals(decision) ? SalaryReview.Decision.REJECT : null;
		org.springframework.web.util.UriComponentsBuilder backUrl = org.springframework.web.util.UriComponentsBuilder
			.fromPath(SalaryAdminViews.BASE + "/review");
		if (SalaryAdminViews.status(status) != null) {
			backUrl.queryParam("status", SalaryAdminViews.status(status).name());
		}
		if (SalaryAdminViews.page(page) > 1) {
			backUrl.queryParam("page", SalaryAdminViews.page(page));
		}
		String back = "redirect:" + backUrl.build().toUriString();
		try {
			List<SalaryReview.Change> changes = this.curation.decide(admin.getId(), SalaryAdminViews.ids(ids),
					parsed, note);
			redirect.addFlashAttribute("notice", (parsed == SalaryReview.Decision.APPROVE)
					? "salaries.review.approved" : "salaries.review.rejected");
			redirect.addFlashAttribute("noticeArgs", List.of(changes.size()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("reviewProblems", ex.getProblems());
			redirect.addFlashAttribute("note", note);
			// the rows stay ticked, so that the admin only adds what was missing
			redirect.addFlashAttribute("checkedIds",
					(ids == null) ? List.of() : ids.stream().map(String::strip).distinct().limit(1000).toList());
		}
		catch (SalaryNotFoundException ex) {
			redirect.addFlashAttribute("reviewProblems",
					List.of(new InputProblem(null, "salaries.review.error.gone", List.of())));
		}
		return back;
	}

	@GetMapping("/records/{id:\\d{1,18}}/edit")
	String initEditForm(@PathVariable long id, Model model, Locale locale) {
		SalaryRecord record = this.review.find(id).orElseThrow(PageNotFoundException::new);
		model.addAttribute("values", record.fields());
		model.addAttribute("version", record.version());
		model.addAttribute("note", "");
		return editPage(record, model, locale, List.of());
	}

	@PostMapping("/records/{id:\\d{1,18}}")
	String processEditForm(@CurrentUser SignedInUser admin, @PathVariable long id,
			@RequestParam Map<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
		SalaryRecord record = this.review.find(id).orElseThrow(PageNotFoundException::new);
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : record.fields().keySet()) {
			values.put(field, params.getOrDefault(field, ""));
		}
		long version;
		try {
			version = Long.parseLong(params.getOrDefault("version", "-1").strip());
		}
		catch (NumberFormatException ex) {
			version = -1;
		}
		String note = params.getOrDefault("note", "");
		try {
			this.curation.edit(admin.getId(), id, version, values, note);
			redirect.addFlashAttribute("notice", "salaries.review.edited");
			redirect.addFlashAttribute("noticeArgs", List.of(record.jobTitle()));
			return "redirect:" + SalaryAdminViews.BASE + "/review";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("values", values);
			model.addAttribute("version", version);
			model.addAttribute("note", note);
			return editPage(record, model, locale, ex.getProblems());
		}
		catch (SalaryConflictException ex) {
			SalaryRecord current = this.review.find(id).orElseThrow(PageNotFoundException::new);
			model.addAttribute("values", values);
			model.addAttribute("version", current.version());
			model.addAttribute("note", note);
			model.addAttribute("saved", current.fields());
			return editPage(current, model, locale,
					List.of(new InputProblem(null, "salaries.review.error.conflict", List.of())));
		}
	}

	private String editPage(SalaryRecord record, Model model, Locale locale, List<InputProblem> problems) {
		model.addAttribute("record", record);
		model.addAttribute("roleName", (record.roleType() != null) ? this.views.roleName(record.roleType(), locale)
				: null);
		model.addAttribute("levels", ExperienceLevel.values());
		model.addAttribute("problems", problems);
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

