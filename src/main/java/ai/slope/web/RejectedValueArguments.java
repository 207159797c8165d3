package ai.slope.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * A binding error processor that gives a {@code typeMismatch} message what was typed as its argument {@code {1}}
 * (after the field's name, {@code {0}}), so that a form can answer “a lot” is not a whole number instead of a
 * sentence without it. A form's controller sets it in its {@code @InitBinder}
 * ({@code binder.setBindingErrorProcessor(new RejectedValueArguments())}).
 */
public class RejectedValueArguments extends DefaultBindingErrorProcessor {

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		String field = ex.getPropertyName();
		Object value = ex.getValue();
		String[] codes = bindingResult.resolveMessageCodes(ex.getErrorCode(), field);
		Object[] arguments = { getArgumentsForBindError(bindingResult.getObjectName(), field)[0],
				(value == null) ? "" : String.valueOf(value) };
		FieldError error = new FieldError(bindingResult.getObjectName(), field, value, true, codes, arguments,
				ex.getLocalizedMessage());
		error.wrap(ex);
		bindingResult.addError(error);
	}

}
