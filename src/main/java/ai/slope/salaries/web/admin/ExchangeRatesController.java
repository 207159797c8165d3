package ai.slope.salaries.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.InputProblem;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.InvalidSalaryInputException;
import ai.slope.salaries.SalaryConflictException;
import ai.slope.salaries.SalaryCuration;

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
			model.addAttribute("rateForm", Map.of("currency", "", "year", "", "usdPerUnit", ""));
		}
		return ratesPage(model);
	}

	@PostMapping("/rates")
	String saveRate(@CurrentUser SignedInUser admin, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String year, @RequestParam(required = false) String usdPerUnit,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		Long expected = null;
		if (version != null && !version.isBlank()) {
			try {
				expected = Long.parseLong(version.strip());
			}
			catch (NumberFormatException ex) {
				expected = -1L;
			}
		}
		try {
			this.curation.saveRate(admin.getId(), currency, year, (usdPerUnit != null) ? usdPerUnit : "", expected);
			redirect.addFlashAttribute("notice", "salaries.rates.saved");
			redirect.addFlashAttribute("noticeArgs",
					List.of(currency.strip().toUpperCase(Locale.ROOT), year.strip(), usdPerUnit.strip()));
			return "redirect:" + SalaryAdminViews.BASE + "/rates";
		}
		catch (InvalidSalaryInputException ex) {
			model.addAttribute("rateProblems", ex.getProblems());
		}
		catch (SalaryConflictException ex) {
			model.addAttribute("rateProblems",
					List.of(new InputProblem(null, "salaries.rates.error.conflict", List.of())));
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("currency", (currency != null) ? currency : "");
		form.put("year", (year != null) ? year : "");
		form.put("usdPerUnit", (usdPerUnit != null) ? usdPerUnit : "");
		model.addAttribute("rateForm", form);
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

