package ai.slope.candidates.web;

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
import ai.slope.candidates.ProfileChangedException;
import ai.slope.candidates.Publication;
import ai.slope.candidates.Publications;
import ai.slope.web.BoundForms;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Adding, changing and removing (after a confirmation) the publications on the seeker's own profile. Another
 * seeker's publication answers 404, as does an id that does not exist.
 */
@Controller
@RequestMapping("/profile/publications")
class PublicationController {

	static final String FORM_VIEW = "candidates/publication-form";

	static final String REMOVE_VIEW = "candidates/publication-remove";

	private static final String REDIRECT = "redirect:/profile#publications";

	private final Publications publications;

	PublicationController(Publications publications) {
		this.publications = publications;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", PublicationForm.empty());
		return FORM_VIEW;
	}

	@PostMapping
	String processCreationForm(@CurrentUser SignedInUser user, @ModelAttribute("form") PublicationForm form,
			BindingResult result, RedirectAttributes redirect) {
		BoundForms.require(result);
		try {
			this.publications.add(user.getId(), form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("notice", "candidates.publication.added");
		return REDIRECT;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		Publication publication = this.publications.find(user.getId(), id);
		model.addAttribute("publication", publication);
		model.addAttribute("form", PublicationForm.of(publication));
		return FORM_VIEW;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@CurrentUser SignedInUser user, @PathVariable("id") long publicationId,
			@ModelAttribute("form") PublicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BoundForms.require(result);
		Publication publication = this.publications.find(user.getId(), publicationId);
		model.addAttribute("publication", publication);
		try {
			long basedOn = (form.version() != null) ? form.version() : -1;
			this.publications.update(user.getId(), publicationId, basedOn, form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return FORM_VIEW;
		}
		catch (ProfileChangedException | OptimisticLockingFailureException ex) {
			Publication current = this.publications.find(user.getId(), publicationId);
			model.addAttribute("publication", current);
			model.addAttribute("conflict", PublicationForm.of(current));
			model.addAttribute("form", new PublicationForm(form.title(), form.venue(), form.year(), form.citations(),
					form.url(), form.firstAuthor(), current.getVersion()));
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("notice", "candidates.publication.saved");
		return REDIRECT;
	}

	@GetMapping("/{id}/remove")
	String confirmRemoval(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("publication", this.publications.find(user.getId(), id));
		return REMOVE_VIEW;
	}

	@PostMapping("/{id}/remove")
	String remove(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		Publication removed = this.publications.remove(user.getId(), id);
		redirect.addFlashAttribute("notice", "candidates.publication.removed");
		redirect.addFlashAttribute("noticeName", removed.getTitle());
		return REDIRECT;
	}

}
