package ai.slope.candidates.web;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.candidates.OpenSource;
import ai.slope.candidates.OpenSourceRepository;
import ai.slope.candidates.RepositoryRole;
import ai.slope.candidates.StarsBand;
import ai.slope.candidates.ProfileChangedException;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Adding, changing and removing (after a confirmation) the open-source repositories on the seeker's own profile,
 * like their publications. Another seeker's repository answers 404, as does an id that does not exist.
 */
@Controller
@RequestMapping("/profile/repositories")
class RepositoryController {

	static final String FORM_VIEW = "candidates/repository-form";

	static final String REMOVE_VIEW = "candidates/repository-remove";

	private static final String REDIRECT = "redirect:/profile#open-source";

	private final OpenSource openSource;

	RepositoryController(OpenSource openSource) {
		this.openSource = openSource;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new RepositoryForm());
		return showForm(model, null);
	}

	@PostMapping
	String processCreationForm(@CurrentUser SignedInUser user, @Valid @ModelAttribute("form") RepositoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			this.openSource.add(user.getId(), form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, null);
		}
		redirect.addFlashAttribute("notice", "candidates.repository.added");
		return REDIRECT;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		OpenSourceRepository entry = this.openSource.find(user.getId(), id);
		model.addAttribute("form", RepositoryForm.of(entry));
		return showForm(model, entry);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") RepositoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OpenSourceRepository entry = this.openSource.find(user.getId(), id);
		if (result.hasErrors()) {
			return showForm(model, entry);
		}
		try {
			long basedOn = (form.getVersion() != null) ? form.getVersion() : -1;
			this.openSource.update(user.getId(), id, basedOn, form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, entry);
		}
		catch (ProfileChangedException | OptimisticLockingFailureException ex) {
			OpenSourceRepository current = this.openSource.find(user.getId(), id);
			model.addAttribute("conflict", current);
			form.setVersion(current.getVersion());
			return showForm(model, current);
		}
		redirect.addFlashAttribute("notice", "candidates.repository.saved");
		return REDIRECT;
	}

	@GetMapping("/{id}/remove")
	String confirmRemoval(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("repository", this.openSource.find(user.getId(), id));
		return REMOVE_VIEW;
	}

	@PostMapping("/{id}/remove")
	String remove(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		OpenSourceRepository removed = this.openSource.remove(user.getId(), id);
		redirect.addFlashAttribute("notice", "candidates.repository.removed");
		redirect.addFlashAttribute("noticeName", removed.getName());
		return REDIRECT;
	}

	private String showForm(Model model, OpenSourceRepository existing) {
		model.addAttribute("repository", existing);
		model.addAttribute("roles", Choice.of(RepositoryRole::messageKey, RepositoryRole.values()));
		model.addAttribute("starBands", Choice.of(StarsBand::messageKey, StarsBand.values()));
		return FORM_VIEW;
	}

}
