package ai.slope.accounts.web;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.NextSteps;
import ai.slope.accounts.SignedInUser;
import ai.slope.accounts.TooManyAttemptsException;
import ai.slope.web.InvalidInputException;

/**
 * The logged-in person's own account: what Slope knows about them, and changing the password (within the
 * login limits: a refused check answers 429).
 */
@Controller
class AccountController {

	private static final String ACCOUNT_VIEW = "accounts/account";

	private static final String PASSWORD_VIEW = "accounts/change-password";

	private final Accounts accounts;

	private final List<NextSteps> nextSteps;

	AccountController(Accounts accounts, List<NextSteps> nextSteps) {
		this.accounts = accounts;
		this.nextSteps = nextSteps;
	}

	@GetMapping("/account")
	String showAccount(@CurrentUser SignedInUser user, Model model) {
		Account account = this.accounts.findById(user.getId()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("nextSteps", this.nextSteps.stream()
			.flatMap(steps -> steps.stepsFor(account.getId(), account.getRole()).stream())
			.toList());
		model.addAttribute("passwordChanged",
				account.getPasswordChangedAt().atOffset(ZoneOffset.UTC).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
		return ACCOUNT_VIEW;
	}

	@GetMapping("/account/password")
	String initChangePasswordForm(Model model) {
		model.addAttribute("form", ChangePasswordForm.empty());
		return PASSWORD_VIEW;
	}

	@PostMapping("/account/password")
	String processChangePasswordForm(@CurrentUser SignedInUser user, @ModelAttribute("form") ChangePasswordForm form,
			BindingResult result, HttpSession session, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.accounts.changePassword(user.getId(), form.currentPassword(), form.newPassword(), session.getId(),
					request.getRemoteAddr());
		}
		catch (TooManyAttemptsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			Forms.reject(result, ex.getProblem());
			return PASSWORD_VIEW;
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex.getProblem());
			return PASSWORD_VIEW;
		}
		redirect.addFlashAttribute("notice", "accounts.password.changed");
		return "redirect:/account";
	}

}
