package ai.slope.salaries.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.SalaryCuration;
import ai.slope.salaries.SalaryNotFoundException;
import ai.slope.salaries.TitleRule;
import ai.slope.salaries.TitleRules;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * The title rules that map salary records' job titles to role types: the rules page (added there or beside an
 * unmapped title, removed after a confirmation, the default rules added at once) and the unmapped titles. Every
 * change is in the audit log.
 */
@Controller
@RequestMapping(SalaryAdminViews.BASE)
class TitleRulesController {

	static final String RULE_FORM = "ruleForm";

	private final SalaryCuration curation;

	private final TitleRules rules;

	private final SalaryAdminViews views;

	TitleRulesController(SalaryCuration curation, TitleRules rules, SalaryAdminViews views) {
		this.curation = curation;
		this.rules = rules;
		this.views = views;
	}

	@GetMapping("/titles")
	String showUnmappedTitles(@PageableDefault(size = SalaryAdminViews.PAGE_SIZE) Pageable pageable, Model model,
			Locale locale) {
		TitleRules.UnmappedTitles unmapped = this.rules.unmapped((int) pageable.getOffset(), pageable.getPageSize());
		model.addAttribute("unmapped", unmapped);
		model.addAttribute("pages",
				Pages.ofCurrentRequest(new PageImpl<>(unmapped.page(), pageable, unmapped.titles())));
		model.addAttribute("targets", this.views.targets(locale));
		model.addAttribute("page", pageable.getPageNumber() + 1);
		return "salaries/admin/titles";
	}

	record RuleRow(TitleRule rule, String target) {
	}

	@GetMapping("/rules")
	String showRules(Model model, Locale locale) {
		if (!model.containsAttribute(RULE_FORM)) {
			model.addAttribute(RULE_FORM, new RuleForm());
		}
		return rulesPage(model, locale);
	}

	/**
	 * Adds a rule from the rules page, or from the unmapped titles page ({@code from=titles}), which it goes back
	 * to, at the page it was on ({@link Pages#number}: not a list of its own, only where to go back).
	 */
	@PostMapping("/rules")
	String addRule(@CurrentUser SignedInUser admin, @ModelAttribute(RULE_FORM) RuleForm form, BindingResult result,
			@RequestParam(required = false) String from, @RequestParam(required = false) String page, Model model,
			Locale locale, RedirectAttributes redirect) {
		boolean fromTitles = "titles".equals(from);
		if (result.hasErrors()) {
			// a kind that is neither: the one typed value of the form, never typed by a person
			InputProblem kind = InputProblem.of("kind", "salaries.rules.error.kind");
			if (fromTitles) {
				redirect.addFlashAttribute("problem", kind);
				return "redirect:" + SalaryAdminViews.BASE + "/titles";
			}
			return rulesPage(model, locale);
		}
		try {
			TitleRules.Added added = this.curation.addRule(admin.getId(), form.kindName(), form.getTitle(),
					form.getTarget());
			redirect.addFlashAttribute("notice", added.rule().isOutOfScope() ? "salaries.rules.added.out-of-scope"
					: "salaries.rules.added");
			redirect.addFlashAttribute("noticeArgs", List.of(added.rule().title(),
					this.views.roleName(added.rule().roleType(), locale), added.recordsChanged()));
			return "redirect:" + SalaryAdminViews.BASE + (fromTitles
					? "/titles" + ((Pages.number(page) > 1) ? "?page=" + Pages.number(page) : "")
					: "/rules");
		}
		catch (InvalidInputException ex) {
			if (fromTitles) {
				redirect.addFlashAttribute("problem", ex.getProblems().get(0));
				return "redirect:" + SalaryAdminViews.BASE + "/titles";
			}
			InputProblem.rejectAll(result, ex.getProblems());
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
		model.addAttribute("kinds", Choice.of(TitleRule.Kind::messageKey, TitleRule.Kind.values()));
		model.addAttribute("defaultsCount", this.rules.defaults().size());
		return "salaries/admin/rules";
	}

}

