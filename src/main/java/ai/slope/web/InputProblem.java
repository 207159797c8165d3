package ai.slope.web;

import java.io.Serializable;
import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Why a value was refused by a module's rules: the form field it belongs to ({@code null} for the form as a
 * whole), a message code in {@code i18n/messages*.properties} and the message's arguments. Every module reports
 * its refusals with this one type, in an {@link InvalidInputException}. Serializable, so that a page can keep
 * problems in a flash attribute (in the session) across a redirect.
 */
public record InputProblem(String field, String code, List<Object> arguments) implements Serializable {

	public InputProblem {
		arguments = List.copyOf(arguments);
	}

	public static InputProblem of(String field, String code, Object... arguments) {
		return new InputProblem(field, code, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

	/**
	 * Puts each problem on a form's binding result: beside its field, or above the form when it has none.
	 */
	public static void rejectAll(BindingResult result, List<InputProblem> problems) {
		for (InputProblem problem : problems) {
			reject(result, problem);
		}
	}

	/**
	 * Puts one problem on a form's binding result: beside its field, or above the form when it has none.
	 */
	public static void reject(BindingResult result, InputProblem problem) {
		if (problem.field() == null) {
			result.reject(problem.code(), problem.argumentArray(), problem.code());
		}
		else {
			result.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
		}
	}

}
