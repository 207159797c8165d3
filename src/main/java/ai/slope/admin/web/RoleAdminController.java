package ai.slope.admin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
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
import ai.slope.admin.RoleAdministration;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleTaxonomyEditor.NewRoleType;
import ai.slope.roles.RoleTaxonomyEditor;
import ai.slope.roles.RoleType;
import ai.slope.roles.RoleTypeConflictException;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.PageNotFoundException;

/**
 * The role taxonomy: every family and role type, adding a role type, and editing the names, summaries and
 * descriptions of one in both languages. Two admins editing one role type: the later save is refused and
 * shows what the other saved, keeping what was typed.
 */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

	private static final String LIST_VIEW = "admin/roles";

	private static final String FORM_VIEW = "admin/role-form";

	private final RoleTaxonomy taxonomy;

	private final RoleTaxonomyEditor editor;

	private final RoleAdministration administration;

	RoleAdminController(RoleTaxonomy taxonomy, RoleTaxonomyEditor editor, RoleAdministration administration) {
		this.taxonomy = taxonomy;
		this.editor = editor;
		this.administration = administration;
	}

	@GetMapping
	String listRoleTypes(Model model) {
		model.addAttribute("families", this.taxonomy.byFamily());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(name = "family", required = false) String family, Model model) {
		model.addAttribute("form", RoleTypeForm.empty(family));
		return showForm(model, null);
	}

	@PostMapping
	String processCreationForm(@ModelAttribute("form") RoleTypeForm form, BindingResult result,
			@CurrentUser SignedInUser admin, Model model, RedirectAttributes redirect) {
		try {
			RoleType created = this.administration.create(admin.getId(),
					new NewRoleType(form.family(), form.slug(), form.text()));
			redirect.addFlashAttribute("notice", "admin.roles.created");
			redirect.addFlashAttribute("noticeName", created.getNameEn());
			return "redirect:/admin/roles";
		}
		catch (InvalidInputException ex) {
			reject(result, ex.getProblems());
			return showForm(model, null);
		}
	}

	@GetMapping("/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		RoleType type = roleType(slug);
		model.addAttribute("form", RoleTypeForm.of(type));
		return showForm(model, type);
	}

	@PostMapping("/{slug}")
	String processUpdateForm(@PathVariable String slug, @ModelAttribute("form") RoleTypeForm form,
			BindingResult result, @CurrentUser SignedInUser admin, Model model, RedirectAttributes redirect) {
		RoleType type = roleType(slug);
		try {
			long version = (form.version() != null) ? form.version() : -1;
			RoleTaxonomyEditor.RoleTypeEdit edit = this.administration.update(admin.getId(), slug, version,
					form.text());
			redirect.addFlashAttribute("notice",
					edit.changes().isEmpty() ? "admin.roles.unchanged" : "admin.roles.updated");
			redirect.addFlashAttribute("noticeName", edit.roleType().getNameEn());
			return "redirect:/admin/roles";
		}
		catch (InvalidInputException ex) {
			reject(result, ex.getProblems());
			return showForm(model, type);
		}
		catch (RoleTypeConflictException | OptimisticLockingFailureException ex) {
			RoleType current = roleType(slug);
			model.addAttribute("form", form.withVersion(current.getVersion()));
			model.addAttribute("conflict", true);
			// under each field, what the other admin saved, where it is not what this one typed
			Map<String, String> typed = form.text().fields();
			Map<String, String> saved = new LinkedHashMap<>(current.text().fields());
			saved.entrySet().removeIf(field -> field.getValue().equals(typed.get(field.getKey())));
			model.addAttribute("saved", saved);
			return showForm(model, current);
		}
	}

	private String showForm(Model model, RoleType existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("families", this.editor.families());
		model.addAttribute("maxSlugLength", RoleTaxonomyEditor.MAX_SLUG_LENGTH);
		model.addAttribute("maxNameLength", RoleTaxonomyEditor.MAX_NAME_LENGTH);
		model.addAttribute("maxSummaryLength", RoleTaxonomyEditor.MAX_SUMMARY_LENGTH);
		model.addAttribute("maxDescriptionLength", RoleTaxonomyEditor.MAX_DESCRIPTION_LENGTH);
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", Map.of());
		}
		return FORM_VIEW;
	}

	private static void reject(BindingResult result, List<InputProblem> problems) {
		for (InputProblem problem : problems) {
			result.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
		}
	}

	private RoleType roleType(String slug) {
		return this.taxonomy.roleType(slug).orElseThrow(PageNotFoundException::new);
	}

}
