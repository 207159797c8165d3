package ai.slope.alerts.web;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ai.slope.alerts.JobAlert;
import ai.slope.alerts.JobAlerts;
import ai.slope.alerts.UnsubscribeTokens;

/**
 * The unsubscribe link of alert mails, which works without a login: following it pauses the alert at once
 * (one click) and offers to undo that. {@code POST} to the same address does the same for mail programs
 * that unsubscribe by themselves ({@code List-Unsubscribe-Post}, RFC 8058; no CSRF token, the signed token is
 * the proof). A token that is not ours gets a page that says so; a deleted alert, a page that says nothing
 * more will come; unsubscribing twice is the same as once.
 */
@Controller
class UnsubscribeController {

	static final String DONE_VIEW = "alerts/unsubscribed";

	static final String INVALID_VIEW = "alerts/unsubscribe-invalid";

	private final UnsubscribeTokens tokens;

	private final JobAlerts alerts;

	UnsubscribeController(UnsubscribeTokens tokens, JobAlerts alerts) {
		this.tokens = tokens;
		this.alerts = alerts;
	}

	@GetMapping("/alerts/unsubscribe")
	String unsubscribeByLink(@RequestParam(required = false) String token, Model model,
			HttpServletResponse response) {
		return unsubscribe(token, model, response);
	}

	@PostMapping("/alerts/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		return answer(token, this.alerts::unsubscribe, false, model, response);
	}

	@PostMapping("/alerts/resubscribe")
	String resubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		return answer(token, this.alerts::resubscribe, true, model, response);
	}

	/**
	 * Does {@code action} to the alert of a valid token and says so; a token that is not ours gets the page
	 * that says the link is not valid (400), and changes nothing.
	 */
	private String answer(String token, Function<Long, Optional<JobAlert>> action, boolean resubscribing, Model model,
			HttpServletResponse response) {
		Optional<Long> alertId = this.tokens.alertIdOf(token);
		if (alertId.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return INVALID_VIEW;
		}
		Optional<JobAlert> alert = action.apply(alertId.get());
		model.addAttribute("token", token.strip());
		model.addAttribute("alert", alert.orElse(null));
		model.addAttribute("resubscribed", resubscribing && alert.isPresent());
		return DONE_VIEW;
	}

}
