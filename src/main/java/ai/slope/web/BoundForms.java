package ai.slope.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every form handler can ask of its bound form.
 */
public final class BoundForms {

	private BoundForms() {
	}

	/**
	 * A form record whose constructor could not take what was sent (text in a hidden number such as
	 * {@code version}, a checkbox sent as {@code 1e309}) leaves the binding without a target: no page sends that,
	 * so it is a 400, not a page rendered from a form that is not there.
	 * @throws ResponseStatusException 400 when the form could not be made
	 */
	public static void require(BindingResult result) {
		if (result.getTarget() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form's values could not be read");
		}
	}

}
