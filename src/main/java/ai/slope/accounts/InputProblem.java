package ai.slope.accounts;

import java.io.Serializable;
import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Why a value given for an account was refused: the form field it belongs to, a message code in
 * {@code i18n/messages*.properties} and the message's arguments. Serializable, so that a page can keep problems
 * in a flash attribute (in the session) across a redirect.
 */
public record InputProblem(String field, String code, List<Object> arguments) implements Serializable {

	public InputProblem {
		arguments = List.copyOf(arguments);
	}

	static InputProblem of(String field, String code, Object... arguments) {
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
			if (problem.field() == null) {
				result.reject(problem.code(), problem.argumentArray(), problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
			}
		}
	}

}
