package ai.slope.web;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request whose parameters were understood but not acceptable; carries the messages that say why.
 * Pages show the messages; the API answers with an RFC 9457 problem document and status 400.
 */
public class BadRequestException extends RuntimeException {

	private final List<? extends MessageSourceResolvable> errors;

	public BadRequestException(List<? extends MessageSourceResolvable> errors) {
		super("Bad request: " + errors.size() + " error(s)");
		this.errors = List.copyOf(errors);
	}

	public List<? extends MessageSourceResolvable> getErrors() {
		return this.errors;
	}

}
