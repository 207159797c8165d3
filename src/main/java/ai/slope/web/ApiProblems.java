package ai.slope.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

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

	/**
	 * A JSON body with a control character in a string (see {@link RefusedInputJson}) names the field, like a
	 * parameter refused by {@link RefusedInputFilter}; other unreadable bodies keep the standard answer.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException outermost = null;
		boolean refused = false;
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (outermost == null && cause instanceof JacksonException jackson) {
				outermost = jackson;
			}
			refused |= cause instanceof RefusedInputJson.RefusedStringException;
		}
		if (!refused) {
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String field = fieldPath(outermost);
		String message = this.messages.getMessage(RefusedInputFilter.REFUSED, new Object[] { field }, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setType(RefusedInputFilter.TYPE);
		problem.setTitle(this.messages.getMessage("problem.invalid-parameters", null, "Invalid parameters", locale));
		problem.setProperty("errors", List.of(Map.of("parameter", field, "message", message)));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String fieldPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private Map<String, String> describe(MessageSourceResolvable error, Locale locale) {
		String message = this.messages.getMessage(error, locale);
		if (error instanceof FieldError field) {
			return Map.of("parameter", field.getField(), "message", message);
		}
		return Map.of("message", message);
	}

}
