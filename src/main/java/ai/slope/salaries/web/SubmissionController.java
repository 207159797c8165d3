package ai.slope.salaries.web;

import java.util.Arrays;
import java.util.Comparator;
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
import ai.slope.accounts.InputProblem;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.InvalidSalaryInputException;
import ai.slope.salaries.SalaryRecord;
import ai.slope.salaries.SalarySubmissions;

/**
 * A job seeker submits their own salary ({@code /salaries/submit}) and sees what they submitted and whether it was
 * approved. One submission per year and title.
 */
@Controller
class SubmissionController {

	static final String VIEW = "salaries/submit";

	private final SalarySubmissions submissions;

	private final ExchangeRates rates;

	SubmissionController(SalarySubmissions submissions, ExchangeRates rates) {
		this.submissions = submissions;
		this.rates = rates;
	}


	@GetMapping("/salaries/submit")
	String initSubmissionForm(@CurrentUser SignedInUser user, Model model, Locale locale) {
		model.addAttribute("form", SubmissionForm.empty(this.submissions.years().get(0), ""));
		return showForm(user, model, locale);
	}

	@PostMapping("/salaries/submit")
	String processSubmissionForm(@CurrentUser SignedInUser user, @ModelAttribute("form") SubmissionForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			SalaryRecord saved = this.submissions.submit(user.getId(), form.fields());
			redirect.addFlashAttribute("notice", "salaries.submit.saved");
			redirect.addFlashAttribute("noticeName", saved.jobTitle());
			return "redirect:/salaries/submit";
		}
		catch (InvalidSalaryInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showForm(user, model, locale);
		}
	}

	private String showForm(SignedInUser user, Model model, Locale locale) {
		List<SalaryRecord> mine = this.submissions.mine(user.getId());
		model.addAttribute("mine", mine);
		model.addAttribute("years", this.submissions.years());
		model.addAttribute("levels", ExperienceLevel.values());
		model.addAttribute("currencies", this.rates.currencies());
		model.addAttribute("countryChoices", Arrays.stream(Locale.getISOCountries())
			.map(code -> new Choice(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Choice::label, java.text.Collator.getInstance(locale)))
			.toList());
		return VIEW;
	}

}
