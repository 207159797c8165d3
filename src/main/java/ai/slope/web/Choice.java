package ai.slope.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select ({@code web/forms :: select}): the value sent and what the reader sees, either a label
 * already in their language or the message key of one.
 */
public record Choice(String value, String label, String labelKey) {

	/** An option whose label is already in the reader's language (a role type's name, a currency code). */
	public static Choice of(String value, String label) {
		return new Choice(value, label, null);
	}

	/** An option labelled by a message key. */
	public static Choice keyed(String value, String labelKey) {
		return new Choice(value, null, labelKey);
	}

	/** An option per enum constant, sent as its name and labelled by its message key. */
	@SafeVarargs
	public static <E extends Enum<E>> List<Choice> of(Function<E, String> messageKey, E... values) {
		return Arrays.stream(values).map(value -> new Choice(value.name(), null, messageKey.apply(value))).toList();
	}

}
