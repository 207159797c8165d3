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
import ai.slope.candidates.Achievement;
import ai.slope.candidates.AchievementKind;
import ai.slope.candidates.Achievements;
import ai.slope.candidates.KaggleTier;
import ai.slope.candidates.Medal;
import ai.slope.candidates.ProfileChangedException;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Adding, changing and removing (after a confirmation) the achievements on the seeker's own profile, like their
 * publications. Another seeker's achievement answers 404, as does an id that does not exist.
 */
@Controller
@RequestMapping("/profile/achievements")
class AchievementController {

	static final String FORM_VIEW = "candidates/achievement-form";

	static final String REMOVE_VIEW = "candidates/achievement-remove";

	private static final String REDIRECT = "redirect:/profile#achievements";

	private final Achievements achievements;

	AchievementController(Achievements achievements) {
		this.achievements = achievements;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new AchievementForm());
		return showForm(model, null);
	}

	@PostMapping
	String processCreationForm(@CurrentUser SignedInUser user, @Valid @ModelAttribute("form") AchievementForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			this.achievements.add(user.getId(), form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, null);
		}
		redirect.addFlashAttribute("notice", "candidates.achievement.added");
		return REDIRECT;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		Achievement entry = this.achievements.find(user.getId(), id);
		model.addAttribute("form", AchievementForm.of(entry));
		return showForm(model, entry);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") AchievementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Achievement entry = this.achievements.find(user.getId(), id);
		if (result.hasErrors()) {
			return showForm(model, entry);
		}
		try {
			long basedOn = (form.getVersion() != null) ? form.getVersion() : -1;
			this.achievements.update(user.getId(), id, basedOn, form.toInput());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, entry);
		}
		catch (ProfileChangedException | OptimisticLockingFailureException ex) {
			Achievement current = this.achievements.find(user.getId(), id);
			model.addAttribute("conflict", current);
			form.setVersion(current.getVersion());
			return showForm(model, current);
		}
		redirect.addFlashAttribute("notice", "candidates.achievement.saved");
		return REDIRECT;
	}

	@GetMapping("/{id}/remove")
	String confirmRemoval(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("achievement", this.achievements.find(user.getId(), id));
		return REMOVE_VIEW;
	}

	@PostMapping("/{id}/remove")
	String remove(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		Achievement removed = this.achievements.remove(user.getId(), id);
		redirect.addFlashAttribute("notice", "candidates.achievement.removed");
		redirect.addFlashAttribute("noticeName", String.valueOf(removed.getYear()));
		return REDIRECT;
	}

	private String showForm(Model model, Achievement existing) {
		model.addAttribute("achievement", existing);
		model.addAttribute("kinds", Choice.of(AchievementKind::messageKey, AchievementKind.values()));
		model.addAttribute("medals", Choice.of(Medal::messageKey, Medal.values()));
		model.addAttribute("tiers", Choice.of(KaggleTier::messageKey, KaggleTier.values()));
		return FORM_VIEW;
	}

}
