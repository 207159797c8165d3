package ai.slope.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.validation.FieldError;

/**
 * Reads the filters of a search (the job search, the candidate search, the salary explorer, on their pages and
 * their API alike): each value that is present but not acceptable adds a {@link FieldError} with the caller's
 * message code and is left out, so a page can still show results beside the messages while the API refuses the
 * request ({@link BadRequestException}). One reader for every search, so that numbers, flags, lists and page
 * numbers are read alike everywhere: numbers as {@link InputConverters#wholeNumber people type them}, flags as
 * {@code true/false}, {@code on/off} or {@code 1/0}, enums as {@link InputConverters#enumValue URL values}.
 * <p>
 * A form's values go through Bean Validation instead; these are the searches' filters, which may be repeated and
 * must never fail a whole page.
 */
public final class RequestValues {

	private final String objectName;

	private final List<FieldError> errors = new ArrayList<>();

	/**
	 * @param objectName the name the errors carry ({@code search}, {@code form})
	 */
	public RequestValues(String objectName) {
		this.objectName = objectName;
	}

	/** The errors so far, one per unacceptable value. */
	public List<FieldError> errors() {
		return List.copyOf(this.errors);
	}

	/**
	 * The accepted values of a repeated parameter; blank ones are skipped, and each one the parser answers
	 * {@code null} for gives the error {@code code} with the value (stripped) as its argument.
	 */
	public <T> Set<T> values(String field, Collection<String> raw, Function<String, T> parser, String code) {
		Set<T> parsed = new LinkedHashSet<>();
		if (raw == null) {
			return parsed;
		}
		raw.stream().filter(Objects::nonNull).filter(value -> !value.isBlank()).forEach(value -> {
			T result = parser.apply(value.strip());
			if (result == null) {
				reject(field, code, value.strip());
			}
			else {
				parsed.add(result);
			}
		});
		return parsed;
	}

	/**
	 * One value, {@code null} when blank; one the parser answers {@code null} for gives the error {@code code} with
	 * the value (stripped) as its argument.
	 */
	public <T> T value(String field, String raw, Function<String, T> parser, String code) {
		if (!present(raw)) {
			return null;
		}
		T result = parser.apply(raw.strip());
		if (result == null) {
			reject(field, code, raw.strip());
		}
		return result;
	}

	/**
	 * An enum constant in its URL form ({@code full-time}), {@code null} when blank or unknown (with the error).
	 */
	public <E extends Enum<E>> E choice(String field, String raw, Class<E> type, String code) {
		return value(field, raw, value -> InputConverters.enumValue(type, value), code);
	}

	/**
	 * A whole number from {@code min} to {@code max}, {@code null} when blank; another value gives the error
	 * {@code code} with the value (stripped), {@code min} and {@code max} as its arguments.
	 */
	public Integer number(String field, String raw, int min, int max, String code) {
		if (!present(raw)) {
			return null;
		}
		try {
			Long value = InputConverters.wholeNumber(raw);
			if (value >= min && value <= max) {
				return value.intValue();
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		reject(field, code, raw.strip(), min, max);
		return null;
	}

	/**
	 * A checkbox or a {@code true/false} parameter: {@code false} when blank; a value that is neither gives the
	 * error {@code code} with the value (stripped).
	 */
	public boolean flag(String field, String raw, String code) {
		if (!present(raw)) {
			return false;
		}
		String value = raw.strip().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("on") || value.equals("1")) {
			return true;
		}
		if (!value.equals("false") && !value.equals("off") && !value.equals("0")) {
			reject(field, code, raw.strip());
		}
		return false;
	}

	/**
	 * The page asked for, from 1: 1 when blank or not a page number (the error {@code invalidCode}, as for
	 * {@link #number}), and 1 with the error {@code tooDeepCode} (argument: {@code maxWindow}) when the page lies
	 * beyond the first {@code maxWindow} results, which is as deep as a search goes.
	 */
	public int page(String field, String raw, int size, int maxWindow, String invalidCode, String tooDeepCode) {
		Integer page = number(field, raw, 1, Integer.MAX_VALUE, invalidCode);
		if (page == null) {
			return 1;
		}
		if ((long) page * size > maxWindow) {
			reject(field, tooDeepCode, maxWindow);
			return 1;
		}
		return page;
	}

	/** Adds an error of the caller's own. */
	public void reject(String field, String code, Object... arguments) {
		this.errors.add(error(this.objectName, field, code, arguments));
	}

	/** An error beside one field, as the searches' pages and {@link ApiProblems} show them. */
	public static FieldError error(String objectName, String field, String code, Object... arguments) {
		return new FieldError(objectName, field, null, false, new String[] { code }, arguments, code);
	}

	private static boolean present(String raw) {
		return raw != null && !raw.isBlank();
	}

}
