package ai.slope.applications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.applications.ApplyRefusedException;
import ai.slope.web.PageNotFoundException;

/**
 * The page for each reason a posting cannot be applied to.
 */
final class Refusals {

	static final String CLOSED_VIEW = "applications/closed";

	private Refusals() {
	}

	static String view(ApplyRefusedException ex, HttpServletResponse response, RedirectAttributes redirect) {
		return switch (ex.getReason()) {
			case NOT_FOUND -> throw new PageNotFoundException();
			case CLOSED -> {
				response.setStatus(HttpStatus.GONE.value());
				yield CLOSED_VIEW;
			}
			case EXTERNAL -> "redirect:/jobs/" + ex.getPostingId() + "/external-apply";
			case ALREADY_APPLIED -> {
				redirect.addFlashAttribute("notice", "applications.already");
				yield "redirect:/applications/" + ex.getApplicationId();
			}
			case INVITED -> {
				redirect.addFlashAttribute("notice", "applications.invited-already");
				yield "redirect:/applications/" + ex.getApplicationId();
			}
		};
	}

}
