package ai.slope.salaries.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.SalaryCuration;
import ai.slope.salaries.SalaryNotFoundException;
import ai.slope.salaries.TitleRule;
import ai.slope.salaries.TitleRules;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.PageNotFoundException;

/**
 * The title rules that map salary records' job titles to role types: the rules page (added there or beside an
 * unmapped title, removed after a confirmation, the default rules added at once) and the unmapped titles. Every
 * change is in the audit log.
 */
@Controller
@RequestMapping(SalaryAdminViews.BASE)
class TitleRulesController {

	private final SalaryCuration curation;

	private final TitleRules rules;

	private final SalaryAdminViews views;

	TitleRulesController(SalaryCuration curation, TitleRules rules, SalaryAdminViews views) {
		this.curation = curation;
		this.rules = rules;
		this.views = views;
	}

	@GetMapping("/titles")
	String showUnmappedTitles(@RequestParam(name = "page", required = false) String page, Model model,
			Locale locale) {
		int number = SalaryAdminViews.page(page);
		int size = SalaryAdminViews.PAGE_SIZE;
		TitleRules.UnmappedTitles unmapped = this.rules.unmapped((number - 1) * size, size);
		model.addAttribute("unmapped", unmapped);
		model.addAttribute("pages", SalaryAdminViews.pages(number, unmapped.titles(), size));
		model.addAttribute("targets", this.views.targets(locale));
		model.addAttribute("page", number);
		return "salaries/admin/titles";
	}

	record RuleRow(TitleRule rule, String target) {
	}

	@GetMapping("/rules")
	String showRules(Model model, Locale locale) {
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", RuleForm.empty());
		}
		return rulesPage(model, locale);
	}

	/**
	 * Adds a rule from the rules page, or from the unmapped titles page ({@code from=titles}), which it goes back
	 * to.
	 */
	@PostMapping("/rules")
	String addRule(@CurrentUser SignedInUser admin, @ModelAttribute("ruleForm") RuleForm form,
			@RequestParam(required = false) String from, @RequestParam(required = false) String page, Model model,
			Locale locale, RedirectAttributes redirect) {
		boolean fromTitles = "titles".equals(from);
		try {
			TitleRules.Added added = this.curation.addRule(admin.getId(), form.kind(), form.title(), form.target());
			redirect.addFlashAttribute("notice", added.rule().isOutOfScope() ? "salaries.rules.added.out-of-scope"
					: "salaries.rules.added");
			redirect.addFlashAttribute("noticeArgs", List.of(added.rule().title(),
					this.views.roleName(added.rule().roleType(), locale), added.recordsChanged()));
			return "redirect:" + SalaryAdminViews.BASE + (fromTitles
					? "/titles" + ((SalaryAdminViews.page(page) > 1) ? "?page=" + SalaryAdminViews.page(page) : "")
					: "/rules");
		}
		catch (InvalidInputException ex) {
			if (fromTitles) {
				InputProblem first = ex.getProblems().get(0);
				redirect.addFlashAttribute("problem", first.code());
				redirect.addFlashAttribute("problemArgs", first.arguments());
				return "redirect:" + SalaryAdminViews.BASE + "/titles";
			}
			model.addAttribute("ruleForm", form.shown());
			model.addAttribute("ruleProblems", ex.getProblems());
			return rulesPage(model, locale);
		}
	}

	@PostMapping("/rules/defaults")
	String addDefaultRules(@CurrentUser SignedInUser admin, RedirectAttributes redirect) {
		int added = this.curation.addDefaultRules(admin.getId());
		redirect.addFlashAttribute("notice", "salaries.rules.defaults.added");
		redirect.addFlashAttribute("noticeArgs", List.of(added));
		return "redirect:" + SalaryAdminViews.BASE + "/rules";
	}

	@GetMapping("/rules/{id:\\d{1,18}}/delete")
	String confirmRuleDeletion(@PathVariable long id, Model model, Locale locale) {
		TitleRule rule = this.rules.find(id).orElseThrow(PageNotFoundException::new);
		model.addAttribute("row", new RuleRow(rule, this.views.roleName(rule.roleType(), locale)));
		return "salaries/admin/rule-delete";
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
		return "redirect:" + SalaryAdminViews.BASE + "/rules";
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
		return "salaries/admin/rules";
	}

}

