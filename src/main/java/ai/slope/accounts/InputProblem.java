package ai.slope.accounts;

import java.util.List;

/**
 * Why a value given for an account was refused: the form field it belongs to, a message code in
 * {@code i18n/messages*.properties} and the message's arguments.
 */
public record InputProblem(String field, String code, List<Object> arguments) {

	public InputProblem {
		arguments = List.copyOf(arguments);
	}

	static InputProblem of(String field, String code, Object... arguments) {
		return new InputProblem(field, code, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
