package ai.slope.jobs;

import java.util.List;

/**
 * Why a value given for a posting was refused: the field it belongs to, a message code in
 * {@code i18n/postings*.properties} and the message's arguments (serializable: a problem may wait in the session
 * as a flash attribute).
 */
public record PostingProblem(String field, String code, List<Object> arguments) implements java.io.Serializable {

	public PostingProblem {
		arguments = List.copyOf(arguments);
	}

	public static PostingProblem of(String field, String code, Object... arguments) {
		return new PostingProblem(field, code, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
