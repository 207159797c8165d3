package ai.slope.alerts.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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
import ai.slope.alerts.Frequency;
import ai.slope.alerts.JobAlert;
import ai.slope.alerts.JobAlerts;
import ai.slope.jobs.JobQuery;
import ai.slope.web.Formats;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.Pages;

/**
 * The seeker's alerts ({@code /alerts}): the list, a new alert from a search (the search page links to
 * {@code /alerts/new} with its own query string), changing the name or how often it mails, pausing and
 * resuming, and deleting after a confirmation. Another seeker's alert answers 404.
 */
@Controller
@RequestMapping("/alerts")
class AlertsController {

	static final String LIST_VIEW = "alerts/alerts";

	static final String FORM_VIEW = "alerts/form";

	static final String DELETE_VIEW = "alerts/delete";

	private static final String LIST = "/alerts";

	private final JobAlerts alerts;

	private final SearchDescriptions descriptions;

	AlertsController(JobAlerts alerts, SearchDescriptions descriptions) {
		this.alerts = alerts;
		this.descriptions = descriptions;
	}

	@GetMapping
	String showAlerts(@CurrentUser SignedInUser user, @RequestParam(required = false) String page, Model model,
			Locale locale) {
		Page<JobAlert> found = this.alerts.page(user.getId(), Pages.number(page));
		Pages pages = Pages.of(LIST, found);
		if (found.isEmpty() && found.getTotalElements() > 0) {
			return "redirect:" + pages.link(pages.count());
		}
		model.addAttribute("alerts", found.getContent().stream().map(alert -> row(alert, locale)).toList());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("pages", pages);
		model.addAttribute("maxAlerts", JobAlerts.MAX_ALERTS);
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(HttpServletRequest request, Model model, Locale locale, HttpServletResponse response) {
		String search = Optional.ofNullable(request.getQueryString()).orElse("");
		Optional<JobQuery> query = this.alerts.search(search);
		if (query.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", AlertForm.forSearch(search, ""));
			model.addAttribute("searchProblem", true);
			return FORM_VIEW;
		}
		String canonical = this.alerts.queryString(query.get());
		model.addAttribute("form", AlertForm.forSearch(canonical, this.descriptions.suggestedName(query.get(), locale)));
		describe(model, query.get(), canonical, locale);
		return FORM_VIEW;
	}

	@PostMapping
	String processCreationForm(@CurrentUser SignedInUser user, @ModelAttribute("form") AlertForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			JobAlert alert = this.alerts.create(user.getId(), form.search(), form.name(), form.frequency());
			return backToList(redirect, "alerts.created." + alert.getFrequency().name(), alert);
		}
		catch (InvalidInputException ex) {
			reject(result, ex.getProblems());
			Optional<JobQuery> query = this.alerts.search(form.search());
			if (query.isPresent()) {
				describe(model, query.get(), this.alerts.queryString(query.get()), locale);
			}
			else {
				model.addAttribute("searchProblem", true);
			}
			return FORM_VIEW;
		}
	}

	@GetMapping("/{id:\\d{1,18}}/edit")
	String initUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id, Model model, Locale locale) {
		JobAlert alert = this.alerts.find(user.getId(), id);
		model.addAttribute("alert", alert);
		model.addAttribute("form", AlertForm.of(alert));
		describe(model, alert, locale);
		return FORM_VIEW;
	}

	@PostMapping("/{id:\\d{1,18}}")
	String processUpdateForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@ModelAttribute("form") AlertForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		JobAlert alert = this.alerts.find(user.getId(), id);
		try {
			alert = this.alerts.update(user.getId(), id, form.name(), form.frequency());
		}
		catch (InvalidInputException ex) {
			reject(result, ex.getProblems());
			model.addAttribute("alert", alert);
			describe(model, alert, locale);
			return FORM_VIEW;
		}
		return backToList(redirect, "alerts.updated", alert);
	}

	@PostMapping("/{id:\\d{1,18}}/pause")
	String pause(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		JobAlert alert = this.alerts.pause(user.getId(), id);
		return backToList(redirect, "alerts.paused", alert);
	}

	@PostMapping("/{id:\\d{1,18}}/resume")
	String resume(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		JobAlert alert = this.alerts.resume(user.getId(), id);
		return backToList(redirect, "alerts.resumed", alert);
	}

	@GetMapping("/{id:\\d{1,18}}/delete")
	String confirmDeletion(@CurrentUser SignedInUser user, @PathVariable long id, Model model, Locale locale) {
		JobAlert alert = this.alerts.find(user.getId(), id);
		model.addAttribute("alert", alert);
		describe(model, alert, locale);
		return DELETE_VIEW;
	}

	@PostMapping("/{id:\\d{1,18}}/delete")
	String delete(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		JobAlert deleted = this.alerts.delete(user.getId(), id);
		return backToList(redirect, "alerts.deleted", deleted);
	}

	/**
	 * Back to the list, which says what happened to the alert.
	 */
	private static String backToList(RedirectAttributes redirect, String notice, JobAlert alert) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeName", alert.getName());
		return "redirect:" + LIST;
	}

	private void describe(Model model, JobAlert alert, Locale locale) {
		Optional<JobQuery> query = this.alerts.search(alert.getQuery());
		if (query.isPresent()) {
			describe(model, query.get(), alert.getQuery(), locale);
		}
		else {
			model.addAttribute("criteria", List.of());
			model.addAttribute("searchUrl", searchUrl(alert.getQuery()));
			model.addAttribute("searchBroken", true);
			model.addAttribute("frequencies", Frequency.values());
		}
	}

	private void describe(Model model, JobQuery query, String canonical, Locale locale) {
		model.addAttribute("criteria", this.descriptions.criteria(query, locale));
		model.addAttribute("searchUrl", searchUrl(canonical));
		model.addAttribute("frequencies", Frequency.values());
	}

	private Row row(JobAlert alert, Locale locale) {
		Optional<JobQuery> query = this.alerts.search(alert.getQuery());
		return new Row(alert, query.map(q -> this.descriptions.criteria(q, locale)).orElse(List.of()),
				query.isEmpty(), searchUrl(alert.getQuery()), Formats.dateOf(alert.getCreatedAt(), locale),
				Formats.dateOf(alert.getLastSentAt(), locale),
				alert.isActive() ? Formats.dateOf(alert.getDueOn(), locale) : null,
				Formats.dateOf(alert.getUnsubscribedAt(), locale));
	}

	private String searchUrl(String canonical) {
		return this.alerts.searchPath(canonical);
	}

	private static void reject(BindingResult result, List<InputProblem> problems) {
		for (InputProblem problem : problems) {
			if (problem.field() == null) {
				result.reject(problem.code(), problem.argumentArray(), problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
			}
		}
	}

	/**
	 * An alert as the list shows it, its dates in the reader's language.
	 *
	 * @param searchBroken whether its search no longer works (a role type in it was removed)
	 * @param nextDigest the day of the next mail if there is anything new; null when paused
	 */
	record Row(JobAlert alert, List<String> criteria, boolean searchBroken, String searchUrl, String createdOn,
			String lastSentOn, String nextDigest, String unsubscribedOn) {
	}

}
