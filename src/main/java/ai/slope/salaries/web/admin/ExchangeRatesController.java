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

	private final SalaryCuration curation;

	private final ExchangeRates rates;

	ExchangeRatesController(SalaryCuration curation, ExchangeRates rates) {
		this.curation = curation;
		this.rates = rates;
	}

	@GetMapping("/rates")
	String showRates(Model model) {
		if (!model.containsAttribute("rateForm")) {
			model.addAttribute("rateForm", RateForm.empty());
		}
		return ratesPage(model);
	}

	/**
	 * Saves a rate. A version that is not a number (a type mismatch in the binding) can match no stored rate: it is a
	 * conflict, as a changed one is.
	 */
	@PostMapping("/rates")
	String saveRate(@CurrentUser SignedInUser admin, @ModelAttribute("rateForm") RateForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Long expected = binding.hasFieldErrors("version") ? Long.valueOf(-1L) : form.getVersion();
		String usdPerUnit = (form.getUsdPerUnit() != null) ? form.getUsdPerUnit() : "";
		try {
			this.curation.saveRate(admin.getId(), form.getCurrency(), form.getYear(), usdPerUnit, expected);
			redirect.addFlashAttribute("notice", "salaries.rates.saved");
			redirect.addFlashAttribute("noticeArgs", List.of(form.getCurrency().strip().toUpperCase(Locale.ROOT),
					form.getYear().strip(), usdPerUnit.strip()));
			return "redirect:" + SalaryAdminViews.BASE + "/rates";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("rateProblems", ex.getProblems());
		}
		catch (SalaryConflictException ex) {
			model.addAttribute("rateProblems",
					List.of(new InputProblem(null, "salaries.rates.error.conflict", List.of())));
		}
		model.addAttribute("rateForm", form.shown());
		return ratesPage(model);
	}

	private String ratesPage(Model model) {
		model.addAttribute("rates", this.rates.list());
		if (!model.containsAttribute("rateProblems")) {
			model.addAttribute("rateProblems", List.of());
		}
		return "salaries/admin/rates";
	}

}

