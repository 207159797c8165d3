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
import ai.slope.candidates.CareerPosition;
import ai.slope.candidates.CareerPositions;
import ai.slope.candidates.ProfileChangedException;
import ai.slope.roles.Seniority;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Adding, changing and removing (after a confirmation) the positions of the seeker's own career, like their
 * publications. Another seeker's position answers 404, as does an id that does not exist.
 */
@Controller
@RequestMapping("/profile/positions")
class PositionController {

	static final String FORM_VIEW = "candidates/position-form";

	static final String REMOVE_VIEW = "candidates/position-remove";

	private static final String REDIRECT = "redirect:/profile#career";

	private final CareerPositions positions;

	PositionController(CareerPositions positions) {
		this.positions = positions;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new PositionForm());
		return showForm(model, null);
	}

	@PostMapping
	String processCreationForm(@CurrentUser SignedInUser user, @Valid @ModelAttribute("form") PositionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			this.positions.add(user.getId(), form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, null);
		}
		redirect.addFlashAttribute("notice", "candidates.position.added");
		return REDIRECT;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		CareerPosition position = this.positions.find(user.getId(), id);
		model.addAttribute("form", PositionForm.of(position));
		return showForm(model, position);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PositionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CareerPosition position = this.positions.find(user.getId(), id);
		if (result.hasErrors()) {
			return showForm(model, position);
		}
		try {
			long basedOn = (form.getVersion() != null) ? form.getVersion() : -1;
			this.positions.update(user.getId(), id, basedOn, form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, position);
		}
		catch (ProfileChangedException | OptimisticLockingFailureException ex) {
			CareerPosition current = this.positions.find(user.getId(), id);
			model.addAttribute("conflict", current);
			form.setVersion(current.getVersion());
			return showForm(model, current);
		}
		redirect.addFlashAttribute("notice", "candidates.position.saved");
		return REDIRECT;
	}

	@GetMapping("/{id}/remove")
	String confirmRemoval(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("position", this.positions.find(user.getId(), id));
		return REMOVE_VIEW;
	}

	@PostMapping("/{id}/remove")
	String remove(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		CareerPosition removed = this.positions.remove(user.getId(), id);
		redirect.addFlashAttribute("notice", "candidates.position.removed");
		redirect.addFlashAttribute("noticeName", removed.getTitle());
		return REDIRECT;
	}

	private String showForm(Model model, CareerPosition position) {
		model.addAttribute("position", position);
		model.addAttribute("seniorities", Choice.of(Seniority::messageKey, Seniority.values()));
		return FORM_VIEW;
	}

}
