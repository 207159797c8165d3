package ai.slope.admin.web;

import ai.slope.web.InputProblem;

import ai.slope.web.InvalidInputException;

import java.util.ArrayList;
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
import ai.slope.admin.SalaryCuration;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryConflictException;
import ai.slope.salaries.SalaryNotFoundException;
import ai.slope.salaries.SalaryOutliers;
import ai.slope.salaries.SalaryRecord;
import ai.slope.salaries.SalaryReview;
import ai.slope.salaries.SalaryStatus;
import ai.slope.salaries.TitleRule;
import ai.slope.salaries.TitleRules;
import ai.slope.web.PageNotFoundException;

/**
 * The admins’ curation of salary data: title rules (added from the rules page or beside an unmapped title,
 * removed after a confirmation), exchange rates per currency and year, the review queue (approve or reject one or
 * many with a note, or edit one) and flagging outliers. Every change is in the audit log.
 */
@Controller
@RequestMapping(AdminSalariesController.BASE)
class AdminSalaryCurationController {

	private final SalaryCuration curation;

	private final TitleRules rules;

	private final ExchangeRates rates;

	private final SalaryReview review;

	private final SalaryAdminViews views;

	AdminSalaryCurationController(SalaryCuration curation, TitleRules rules, ExchangeRates rates, SalaryReview review,
			SalaryAdminViews views) {
		this.curation = curation;
		this.rules = rules;
		this.rates = rates;
		this.review = review;
		this.views = views;
	}

	record RuleRow(TitleRule rule, String target) {
	}

	@GetMapping("/rules")
	String showRules(Model model, Locale locale) {
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", Map.of("kind", "EXACT", "title", "", "target", ""));
		}
		return rulesPage(model, locale);
	}

	/**
	 * Adds a rule from the rules page, or from the unmapped titles page ({@code from=titles}), which it goes back
	 * to.
	 */
	@PostMapping("/rules")
	String addRule(@CurrentUser SignedInUser admin, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) String target,
			@RequestParam(required = false) String from, @RequestParam(required = false) String page, Model model,
			Locale locale, RedirectAttributes redirect) {
		boolean fromTitles = "titles".equals(from);
		try {
			TitleRules.Added added = this.curation.addRule(admin.getId(), kind, title, target);
			redirect.addFlashAttribute("notice", added.rule().isOutOfScope() ? "salaries.rules.added.out-of-scope"
					: "salaries.rules.added");
			redirect.addFlashAttribute("noticeArgs", List.of(added.rule().title(),
					this.views.roleName(added.rule().roleType(), locale), added.recordsChanged()));
			return "redirect:" + AdminSalariesController.BASE + (fromTitles
					? "/titles" + ((SalaryAdminViews.page(page) > 1) ? "?page=" + SalaryAdminViews.page(page) : "")
					: "/rules");
		}
		catch (InvalidInputException ex) {
			if (fromTitles) {
				InputProblem first = ex.getProblems().get(0);
				redirect.addFlashAttribute("problem", first.code());
				redirect.addFlashAttribute("problemArgs", first.arguments());
				return "redirect:" + AdminSalariesController.BASE + "/titles";
			}
			Map<String, String> form = new LinkedHashMap<>();
			form.put("kind", (kind != null) ? kind : "EXACT");
			form.put("title", (title != null) ? title : "");
			form.put("target", (target != null) ? target : "");
			model.addAttribute("ruleForm", form);
			model.addAttribute("ruleProblems", ex.getProblems());
			return rulesPage(model, locale);
		}
	}

	@PostMapping("/rules/defaults")
	String addDefaultRules(@CurrentUser SignedInUser admin, RedirectAttributes redirect) {
		int added = this.curation.addDefaultRules(admin.getId());
		redirect.addFlashAttribute("notice", "salaries.rules.defaults.added");
		redirect.addFlashAttribute("noticeArgs", List.of(added));
		return "redirect:" + AdminSalariesController.BASE + "/rules";
	}

	@GetMapping("/rules/{id:\\d{1,18}}/delete")
	String confirmRuleDeletion(@PathVariable long id, Model model, Locale locale) {
		TitleRule rule = this.rules.find(id).orElseThrow(PageNotFoundException::new);
		model.addAttribute("row", new RuleRow(rule, this.views.roleName(rule.roleType(), locale)));
		return "admin/salaries/rule-delete";
	}

	@PostMapping("/rules/{id:\\d{1,18}}/delete")
	String deleteRule(@CurrentUser SignedInUser admin, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		try {
			TitleRules.Added deleted = this.curation.deleteRule(admin.getId(), id);
			redirect.addFlashAttribute("notice", "salaries.rules.deleted");
			redirect.addFlashAttribute("noticeArgs", List.of(deleted.rule().title(), deleted.recordsChanged()));
		}
		catch (SalaryNotFoundException ex) {
			throw new PageNotFoundException();
		}
		return "redirect:" + AdminSalariesController.BASE + "/rules";
	}

	private String rulesPage(Model model, Locale locale) {
		List<RuleRow> rows = new ArrayList<>();
		for (TitleRule rule : this.rules.list()) {
			rows.add(new RuleRow(rule, this.views.roleName(rule.roleType(), locale)));
		}
		model.addAttribute("rules", rows);
		model.addAttribute("targets", this.views.targets(locale));
		model.addAttribute("kinds", TitleRule.Kind.values());
		model.addAttribute("defaultsCount", this.rules.defaults().size());
		if (!model.containsAttribute("ruleProblems")) {
			model.addAttribute("ruleProblems", List.of());
		}
		return "admin/salaries/rules";
	}

	@GetMapping("/rates")
	String showRates(Model model) {
		if (!model.containsAttribute("rateForm")) {
			model.addAttribute("rateForm", Map.of("currency", "", "year", "", "usdPerUnit", ""));
		}
		return ratesPage(model);
	}

	@PostMapping("/rates")
	String saveRate(@CurrentUser SignedInUser admin, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String year, @RequestParam(required = false) String usdPerUnit,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		Long expected = null;
		if (version != null && !version.isBlank()) {
			try {
				expected = Long.parseLong(version.strip());
			}
			catch (NumberFormatException ex) {
				expected = -1L;
			}
		}
		try {
			this.curation.saveRate(admin.getId(), currency, year, (usdPerUnit != null) ? usdPerUnit : "", expected);
			redirect.addFlashAttribute("notice", "salaries.rates.saved");
			redirect.addFlashAttribute("noticeArgs",
					List.of(currency.strip().toUpperCase(Locale.ROOT), year.strip(), usdPerUnit.strip()));
			return "redirect:" + AdminSalariesController.BASE + "/rates";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("rateProblems", ex.getProblems());
		}
		catch (SalaryConflictException ex) {
			model.addAttribute("rateProblems",
					List.of(new InputProblem(null, "salaries.rates.error.conflict", List.of())));
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("currency", (currency != null) ? currency : "");
		form.put("year", (year != null) ? year : "");
		form.put("usdPerUnit", (usdPerUnit != null) ? usdPerUnit : "");
		model.addAttribute("rateForm", form);
		return ratesPage(model);
	}

	private String ratesPage(Model model) {
		model.addAttribute("rates", this.rates.list());
		if (!model.containsAttribute("rateProblems")) {
			model.addAttribute("rateProblems", List.of());
		}
		return "admin/salaries/rates";
	}

	@GetMapping("/review")
	String showReviewQueue(@RequestParam(required = false) String status,
			@RequestParam(name = "page", required = false) String page, Model model, Locale locale) {
		SalaryStatus filter = status(status);
		int number = SalaryAdminViews.page(page);
		long total = this.review.queueSize(filter);
		List<SalaryRecord> queue = this.review.queue(filter, (number - 1) * AdminSalariesController.PAGE_SIZE,
				AdminSalariesController.PAGE_SIZE);
		model.addAttribute("queue", queue);
		model.addAttribute("total", total);
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("page", number);
		model.addAttribute("pages", SalaryAdminViews.pages(number, total, AdminSalariesController.PAGE_SIZE));
		model.addAttribute("roleNames", roleNames(queue, locale));
		if (!model.containsAttribute("reviewProblems")) {
			model.addAttribute("reviewProblems", List.of());
		}
		if (!model.containsAttribute("checkedIds")) {
			model.addAttribute("checkedIds", List.of());
		}
		return "admin/salaries/review";
	}

	@PostMapping("/review")
	String decide(@CurrentUser SignedInUser admin, @RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			@RequestParam(required = false) String status, @RequestParam(name = "page", required = false) String page,
			RedirectAttributes redirect) {
		SalaryReview.Decision parsed = "APPROVE".equals(decision) ? SalaryReview.Decision.APPROVE
				: "REJECT".equals(decision) ? SalaryReview.Decision.REJECT : null;
		org.springframework.web.util.UriComponentsBuilder backUrl = org.springframework.web.util.UriComponentsBuilder
			.fromPath(AdminSalariesController.BASE + "/review");
		if (status(status) != null) {
			backUrl.queryParam("status", status(status).name());
		}
		if (SalaryAdminViews.page(page) > 1) {
			backUrl.queryParam("page", SalaryAdminViews.page(page));
		}
		String back = "redirect:" + backUrl.build().toUriString();
		try {
			List<SalaryReview.Change> changes = this.curation.decide(admin.getId(), AdminSalariesController.ids(ids),
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
			return "redirect:" + AdminSalariesController.BASE + "/review";
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
		return "admin/salaries/record-edit";
	}

	@PostMapping("/outliers")
	String flagOutliers(@CurrentUser SignedInUser admin, RedirectAttributes redirect) {
		SalaryOutliers.Result result = this.curation.flagOutliers(admin.getId());
		redirect.addFlashAttribute("notice", "salaries.outliers.done");
		redirect.addFlashAttribute("noticeArgs", List.of(result.flagged(), result.cleared()));
		return "redirect:" + AdminSalariesController.BASE + "/review?status=FLAGGED";
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

	private static SalaryStatus status(String raw) {
		if ("PENDING".equals(raw)) {
			return SalaryStatus.PENDING;
		}
		if ("FLAGGED".equals(raw)) {
			return SalaryStatus.FLAGGED;
		}
		return null;
	}

}
