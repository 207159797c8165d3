package ai.slope.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.InputProblem;
import ai.slope.accounts.InvalidAccountInputException;
import ai.slope.accounts.Role;

/**
 * Signing up as a job seeker or a recruiter. A new account is logged in at once, in a session with a new
 * id.
 */
@Controller
class SignUpController {

	private static final String VIEW = "accounts/signup";

	private final Accounts accounts;

	private final UserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SignUpThrottle throttle;

	SignUpController(Accounts accounts, UserDetailsService users, SignUpThrottle throttle) {
		this.accounts = accounts;
		this.users = users;
		this.throttle = throttle;
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return Role.signUpChoices();
	}

	@GetMapping("/signup")
	String initSignUpForm(@RequestParam(name = "as", required = false) String as, Model model) {
		String role = Role.RECRUITER.name().equalsIgnoreCase(as) ? Role.RECRUITER.name() : Role.SEEKER.name();
		model.addAttribute("form", SignUpForm.empty(role));
		return VIEW;
	}

	@PostMapping("/signup")
	String processSignUpForm(@ModelAttribute("form") SignUpForm form, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Accounts.SignUp signUp = new Accounts.SignUp(form.email(), form.displayName(), form.password(),
				role(form.role()), locale);
		List<InputProblem> problems = this.accounts.problemsWithSignUp(signUp);
		problems.forEach(problem -> Forms.reject(result, problem));
		if (result.hasErrors()) {
			return VIEW;
		}
		if (!this.throttle.tryTake(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("refusal", "accounts.error.signup.throttled");
			return VIEW;
		}
		Account account;
		try {
			account = this.accounts.signUp(signUp);
		}
		catch (InvalidAccountInputException ex) {
			Forms.reject(result, ex.getProblem());
			return VIEW;
		}
		logIn(account, request, response);
		redirect.addFlashAttribute("notice", "accounts.signed-up");
		return "redirect:/account";
	}

	private static Role role(String name) {
		return Role.signUpChoices().stream().filter(role -> role.name().equals(name)).findFirst().orElse(null);
	}

	private void logIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		UserDetails user = this.users.loadUserByUsername(account.getEmail());
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
