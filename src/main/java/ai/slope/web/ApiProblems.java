package ai.slope.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Answers every error of the JSON API with an RFC 9457 problem document; bad parameters list one entry per
 * problem ({@code errors}: {@code parameter} and {@code message}), whether they come from a
 * {@link BadRequestException}, a module's {@link InvalidInputException}, Bean Validation or a value that could not
 * be converted (a path id that is not a number). Every {@link NotFoundException} is a 404. Pages get the styled
 * error pages instead ({@link PageErrors}); this advice comes first for the API's controllers.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
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

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex, Locale locale) {
		return badRequest(new BadRequestException(ex.getProblems().stream().map(ApiProblems::error).toList()), locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle(this.messages.getMessage("problem.not-found", null, "Not found", locale));
		problem.setDetail(ex.getMessage());
		return problem;
	}

	/**
	 * Field errors of a bound and validated parameter object ({@code @Valid}) or a JSON body: one entry each, with
	 * the message from the bundles.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = badRequest(new BadRequestException(ex.getBindingResult().getAllErrors()),
				LocaleContextHolder.getLocale());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * An id in the path that is not a number ({@code /api/v1/jobs/x}) names its parameter, like any other bad
	 * parameter; other conversions keep the standard answer.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return invalidId(ex, mismatch.getName(), mismatch.getValue(), headers, request);
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	/**
	 * A path id that converts to nothing ({@code /api/v1/jobs/%20}) is a bad parameter too.
	 */
	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex.isMissingAfterConversion()) {
			return invalidId(ex, ex.getVariableName(), "", headers, request);
		}
		return super.handleMissingPathVariable(ex, headers, status, request);
	}

	private ResponseEntity<Object> invalidId(Exception ex, String name, Object value, HttpHeaders headers,
			WebRequest request) {
		FieldError error = new FieldError("request", name, value, true, new String[] { "api.error.id.invalid" },
				new Object[] { value }, "Invalid id");
		ProblemDetail problem = badRequest(new BadRequestException(List.of(error)), LocaleContextHolder.getLocale());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ObjectError error(InputProblem problem) {
		String[] codes = { problem.code() };
		if (problem.field() == null) {
			return new ObjectError("request", codes, problem.argumentArray(), problem.code());
		}
		return new FieldError("request", problem.field(), null, false, codes, problem.argumentArray(),
				problem.code());
	}

	/** The message of a JSON field whose value is of the wrong kind. */
	static final String UNREADABLE_FIELD = "problem.unreadable-field";

	/**
	 * A JSON body with a control character in a string (see {@link RefusedInputJson}) names the field, like a
	 * parameter refused by {@link RefusedInputFilter}; so does one with a value of the wrong kind in a field (a
	 * number beyond what the field holds, text for a number or a date, an unknown choice). Bodies that are not JSON
	 * keep the standard answer.
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
		String field = (outermost != null) ? fieldPath(outermost) : "";
		if (!refused && field.isEmpty()) {
			// not JSON at all, or wrong at its top: the standard answer
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		Locale locale = LocaleContextHolder.getLocale();
		// a control character, or a value of the wrong kind (a number too large, text for a number, an unknown
		// choice): the answer names the field, as a form's message stands beside it
		String message = this.messages.getMessage(refused ? RefusedInputFilter.REFUSED : UNREADABLE_FIELD,
				new Object[] { field }, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		if (refused) {
			problem.setType(RefusedInputFilter.TYPE);
		}
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
