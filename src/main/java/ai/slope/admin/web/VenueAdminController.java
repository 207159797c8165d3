package ai.slope.admin.web;

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
import ai.slope.admin.VenueAdministration;
import ai.slope.candidates.TopVenue;
import ai.slope.candidates.TopVenues;
import ai.slope.candidates.VenueField;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The top venues of the taxonomy: the list, adding one, editing one and deleting one after a confirmation. Two
 * admins editing one venue: the later save is refused and shows what is saved now, keeping what was typed.
 */
@Controller
@RequestMapping("/admin/venues")
class VenueAdminController {

	private static final String LIST_VIEW = "admin/venues";

	private static final String FORM_VIEW = "admin/venue-form";

	private static final String DELETE_VIEW = "admin/venue-delete";

	private static final String REDIRECT = "redirect:/admin/venues";

	private final TopVenues venues;

	private final VenueAdministration administration;

	VenueAdminController(TopVenues venues, VenueAdministration administration) {
		this.venues = venues;
		this.administration = administration;
	}

	@GetMapping
	String listVenues(Model model) {
		model.addAttribute("venues", this.venues.all());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new VenueForm());
		return showForm(model, null);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") VenueForm form, BindingResult result,
			@CurrentUser SignedInUser admin, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			TopVenue created = this.administration.create(admin.getId(), form.toInput());
			redirect.addFlashAttribute("notice", "admin.venues.created");
			redirect.addFlashAttribute("noticeName", created.getAcronym());
			return REDIRECT;
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		TopVenue venue = this.venues.find(id);
		model.addAttribute("form", VenueForm.of(venue));
		return showForm(model, venue);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") VenueForm form,
			BindingResult result, @CurrentUser SignedInUser admin, Model model, RedirectAttributes redirect) {
		TopVenue venue = this.venues.find(id);
		if (result.hasErrors()) {
			return showForm(model, venue);
		}
		try {
			long version = (form.getVersion() != null) ? form.getVersion() : -1;
			TopVenues.VenueEdit edit = this.administration.update(admin.getId(), id, version, form.toInput());
			redirect.addFlashAttribute("notice",
					edit.changes().isEmpty() ? "admin.venues.unchanged" : "admin.venues.updated");
			redirect.addFlashAttribute("noticeName", edit.venue().getAcronym());
			return REDIRECT;
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(model, venue);
		}
		catch (OptimisticLockingFailureException ex) {
			TopVenue current = this.venues.find(id);
			form.setVersion(current.getVersion());
			model.addAttribute("conflict", VenueForm.of(current));
			return showForm(model, current);
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDeletion(@PathVariable long id, Model model) {
		model.addAttribute("venue", this.venues.find(id));
		return DELETE_VIEW;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @CurrentUser SignedInUser admin, RedirectAttributes redirect) {
		TopVenue deleted = this.administration.delete(admin.getId(), id);
		redirect.addFlashAttribute("notice", "admin.venues.deleted");
		redirect.addFlashAttribute("noticeName", deleted.getAcronym());
		return REDIRECT;
	}

	private String showForm(Model model, TopVenue existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("fields", Choice.of(VenueField::messageKey, VenueField.values()));
		return FORM_VIEW;
	}

}
