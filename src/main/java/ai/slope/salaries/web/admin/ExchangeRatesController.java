package ai.slope.salaries.web.admin;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryConflictException;
import ai.slope.salaries.SalaryCuration;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The exchange rates per currency and year that salaries and postings convert with: the list and the form that
 * adds or changes one (refused when someone changed it meanwhile). Every change is in the audit log.
 */
@Controller
@RequestMapping(SalaryAdminViews.BASE)
class ExchangeRatesController {

	static final String RATE_FORM = "rateForm";

	private final SalaryCuration curation;

	private final ExchangeRates rates;

	ExchangeRatesController(SalaryCuration curation, ExchangeRates rates) {
		this.curation = curation;
		this.rates = rates;
	}

	@GetMapping("/rates")
	String showRates(Model model) {
		if (!model.containsAttribute(RATE_FORM)) {
			model.addAttribute(RATE_FORM, new RateForm());
		}
		return ratesPage(model);
	}

	/**
	 * Saves a rate. A value that is not a number comes back beside its field as typed; a version that is not one
	 * matches no stored rate, and says so as a changed one does.
	 */
	@PostMapping("/rates")
	String saveRate(@CurrentUser SignedInUser admin, @ModelAttribute(RATE_FORM) RateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return ratesPage(model);
		}
		String currency = (form.getCurrency() != null) ? form.getCurrency() : "";
		try {
			this.curation.saveRate(admin.getId(), currency, form.yearText(), form.rateText(), form.getVersion());
			redirect.addFlashAttribute("notice", "salaries.rates.saved");
			redirect.addFlashAttribute("noticeArgs",
					List.of(currency.strip().toUpperCase(Locale.ROOT), form.yearText(), form.rateText()));
			return "redirect:" + SalaryAdminViews.BASE + "/rates";
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
		}
		catch (SalaryConflictException ex) {
			model.addAttribute("problem", InputProblem.of(null, "salaries.rates.error.conflict"));
		}
		return ratesPage(model);
	}

	private String ratesPage(Model model) {
		model.addAttribute("rates", this.rates.list());
		return "salaries/admin/rates";
	}

}

