package ai.slope.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import ai.slope.accounts.Role;
import ai.slope.accounts.SignUps;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Signing up as a job seeker or a recruiter. A sign-up that keeps the rules always gets the same answer, "check
 * your mail", whether or not its email has an account; the mailed link creates the account and logs it in, in
 * a session with a new id. Each address has a few sign-ups an hour ({@link SignUpThrottle}).
 */
@Controller
class SignUpController {

	private static final String VIEW = "accounts/signup";

	private static final String SENT_VIEW = "accounts/signup-sent";

	private static final String CONFIRM_VIEW = "accounts/signup-confirm";

	private static final String INVALID_VIEW = "accounts/signup-invalid";

	private final Accounts accounts;

	private final SignUps signUps;

	private final UserDetailsService users;

	private final SignUpThrottle throttle;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignUpController(Accounts accounts, SignUps signUps, UserDetailsService users, SignUpThrottle throttle) {
		this.accounts = accounts;
		this.signUps = signUps;
		this.users = users;
		this.throttle = throttle;
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return Role.signUpChoices();
	}

	@ModelAttribute("validityHours")
	long validityHours() {
		return this.signUps.validityHours();
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
		try {
			this.signUps.request(signUp);
		}
		catch (InvalidInputException ex) {
			Forms.reject(result, ex.getProblem());
			return VIEW;
		}
		redirect.addFlashAttribute("sentTo", form.email().strip());
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String showSent() {
		return SENT_VIEW;
	}

	@GetMapping("/signup/confirm")
	String initConfirmForm(@RequestParam(name = "token", required = false) String token, Model model) {
		Optional<String> email = this.signUps.emailOf(token);
		if (email.isEmpty()) {
			return INVALID_VIEW;
		}
		model.addAttribute("token", token);
		model.addAttribute("email", email.get());
		return CONFIRM_VIEW;
	}

	@PostMapping("/signup/confirm")
	String processConfirmForm(@RequestParam(name = "token", required = false) String token,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Account account;
		try {
			account = this.signUps.confirm(token);
		}
		catch (InvalidInputException ex) {
			return INVALID_VIEW;
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
