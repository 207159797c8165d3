package ai.slope.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of the JSON API with an RFC 9457 problem document; bad parameters list one entry per
 * problem. Pages get the styled error pages instead.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}


	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create("https://slope.ai/problems/invalid-parameters"));
		problem.setTitle(this.messages.getMessage("problem.invalid-parameters", null, "Invalid parameters", locale));
		List<Map<String, String>> errors = ex.getErrors().stream().map(error -> describe(error, locale)).toList();
		problem.setDetail(errors.stream().map(e -> e.get("message")).reduce((a, b) -> a + " " + b).orElse(""));
		problem.setProperty("errors", errors);
		return problem;
	}

	private Map<String, String> describe(MessageSourceResolvable error, Locale locale) {
		String message = this.messages.getMessage(error, locale);
		if (error instanceof FieldError field) {
			return Map.of("parameter", field.getField(), "message", message);
		}
		return Map.of("message", message);
	}

}
