package ai.slope.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Slope's login page. Spring Security handles the POST; after a failure it comes back here with the email
 * that was typed and the reason as flash attributes.
 */
@Controller
class LoginController {

	private static final String VIEW = "accounts/login";

	@GetMapping("/login")
	String showLogin(HttpServletRequest request, Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("maxEmailLength", 254);
		model.addAttribute("failed", request.getParameterMap().containsKey("error"));
		model.addAttribute("loggedOut", request.getParameterMap().containsKey("logout"));
		model.addAttribute("rememberMeStolen", request.getParameterMap().containsKey("stolen"));
		if (!model.containsAttribute("email")) {
			model.addAttribute("email", "");
		}
		return VIEW;
	}

}
