package ai.slope.salaries;

import java.util.List;

/**
 * Thrown when an uploaded file is not a salary CSV that can be imported (not a CSV, binary, wrong header, no
 * rows, too large); nothing was stored. The message is {@code salaries.import.refused.<reason>} with the
 * arguments.
 */
public class ImportRefusedException extends RuntimeException {

	private final String reason;

	private final List<Object> arguments;

	public ImportRefusedException(String reason, Object... arguments) {
		super("Import refused: " + reason + " " + List.of(arguments));
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	public String getReason() {
		return this.reason;
	}

	public String messageCode() {
		return "salaries.import.refused." + this.reason;
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
