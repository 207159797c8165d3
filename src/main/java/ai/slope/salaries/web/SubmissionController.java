package ai.slope.salaries.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryRecord;
import ai.slope.salaries.SalarySubmissions;
import ai.slope.web.Choice;
import ai.slope.web.Countries;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * A job seeker submits their own salary ({@code /salaries/submit}) and sees what they submitted and whether it was
 * approved. One submission per year and title.
 */
@Controller
class SubmissionController {

	static final String VIEW = "salaries/submit";

	static final String FORM = "salaryForm";

	private final SalarySubmissions submissions;

	private final ExchangeRates rates;

	private final Countries countries;

	SubmissionController(SalarySubmissions submissions, ExchangeRates rates, Countries countries) {
		this.submissions = submissions;
		this.rates = rates;
		this.countries = countries;
	}


	@GetMapping("/salaries/submit")
	String initSubmissionForm(@CurrentUser SignedInUser user, Model model, Locale locale) {
		model.addAttribute(FORM, SalaryForm.empty(this.submissions.years().get(0), ""));
		return showForm(user, model, locale);
	}

	@PostMapping("/salaries/submit")
	String processSubmissionForm(@CurrentUser SignedInUser user, @ModelAttribute(FORM) SalaryForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// a value of the wrong kind: the other fields' problems are shown with it, not one submit later
			this.submissions.problems(form.fields())
				.stream()
				.filter(problem -> problem.field() == null || !result.hasFieldErrors(problem.field()))
				.forEach(problem -> InputProblem.reject(result, problem));
			return showForm(user, model, locale);
		}
		try {
			SalaryRecord saved = this.submissions.submit(user.getId(), form.fields());
			redirect.addFlashAttribute("notice", "salaries.submit.saved");
			redirect.addFlashAttribute("noticeName", saved.jobTitle());
			return "redirect:/salaries/submit";
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(user, model, locale);
		}
	}

	private String showForm(SignedInUser user, Model model, Locale locale) {
		List<SalaryRecord> mine = this.submissions.mine(user.getId());
		model.addAttribute("mine", mine);
		model.addAttribute("years",
				this.submissions.years().stream().map(year -> Choice.of(year.toString(), year.toString())).toList());
		model.addAttribute("levels", Choice.of(ExperienceLevel::messageKey, ExperienceLevel.values()));
		model.addAttribute("currencies", this.rates.currencies().stream().map(code -> Choice.of(code, code)).toList());
		model.addAttribute("employmentTypes", keyed("salaries.employment.", "FT", "PT", "CT", "FL"));
		model.addAttribute("remoteRatios", keyed("salaries.remote.", "0", "50", "100"));
		model.addAttribute("companySizes", keyed("salaries.size.", "S", "M", "L"));
		// the one country list of every form (web.Countries), so a report names places as a posting or profile does
		model.addAttribute("countryChoices", this.countries.choices(locale));
		return VIEW;
	}

	private static List<Choice> keyed(String keyPrefix, String... values) {
		return java.util.Arrays.stream(values).map(value -> Choice.keyed(value, keyPrefix + value)).toList();
	}

}
