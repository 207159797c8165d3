package ai.slope.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.PasswordResets;
import ai.slope.web.InvalidInputException;

/**
 * Resetting a forgotten password: ask for a link by email, then set a new password with it. The answer to
 * the request is the same whether or not an account has that email.
 */
@Controller
class PasswordResetController {

	private static final String FORGOT_VIEW = "accounts/forgot-password";

	private static final String RESET_VIEW = "accounts/reset-password";

	private static final String INVALID_VIEW = "accounts/reset-invalid";

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@ModelAttribute("validityMinutes")
	long validityMinutes() {
		return this.resets.validity().toMinutes();
	}

	@GetMapping("/password/forgot")
	String initForgotPasswordForm(HttpServletRequest request, Model model) {
		model.addAttribute("sent", request.getParameterMap().containsKey("sent"));
		model.addAttribute("form", ForgotPasswordForm.empty());
		return FORGOT_VIEW;
	}

	@PostMapping("/password/forgot")
	String processForgotPasswordForm(@ModelAttribute("form") ForgotPasswordForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		if (form.email() == null || form.email().isBlank()) {
			result.rejectValue("email", "accounts.error.email.required");
			model.addAttribute("sent", false);
			return FORGOT_VIEW;
		}
		this.resets.requestReset(form.email(), locale);
		redirect.addFlashAttribute("sentTo", form.email().strip());
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String initResetPasswordForm(@RequestParam(name = "token", required = false) String token, Model model) {
		if (!this.resets.isUsable(token)) {
			return INVALID_VIEW;
		}
		model.addAttribute("form", new ResetPasswordForm(token, ""));
		return RESET_VIEW;
	}

	@PostMapping("/password/reset")
	String processResetPasswordForm(@ModelAttribute("form") ResetPasswordForm form, BindingResult result,
			Locale locale, RedirectAttributes redirect) {
		try {
			this.resets.reset(form.token(), form.password(), locale);
		}
		catch (InvalidInputException ex) {
			if ("token".equals(ex.getProblem().field())) {
				return INVALID_VIEW;
			}
			Forms.reject(result, ex.getProblem());
			return RESET_VIEW;
		}
		redirect.addFlashAttribute("notice", "accounts.reset.done");
		return "redirect:/login";
	}

}
