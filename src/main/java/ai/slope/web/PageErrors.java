package ai.slope.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the styled 404 page for pages that find nothing, with the layout and the reader's language: every
 * module's {@link NotFoundException}, and an address whose id is not a number (or too large for one), which names
 * nothing either.
 */
@ControllerAdvice
class PageErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(HttpServletRequest request, Locale locale) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("languageLinks", LayoutModel.of(request, locale));
		return page;
	}

	/**
	 * {@code /jobs/abc}, {@code /recruiter/postings/99999999999999999999}: an id that is not a number names
	 * nothing, whether it is a path variable or a {@code long} parameter ({@code companyId=x}). Any other
	 * parameter that cannot be converted is left to the standard 400.
	 * @throws MethodArgumentTypeMismatchException when it was not an id
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notANumber(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
		if (!isId(ex.getParameter())) {
			throw ex;
		}
		return notFound(request, locale);
	}

	static boolean isId(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return parameter.hasParameterAnnotation(PathVariable.class) || type == long.class || type == Long.class;
	}

	/**
	 * {@code /jobs/%20}: a path variable that converts to nothing names nothing either.
	 * @throws MissingPathVariableException when the variable is truly missing (a mapping's mistake)
	 */
	@ExceptionHandler(MissingPathVariableException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView blank(MissingPathVariableException ex, HttpServletRequest request, Locale locale)
			throws MissingPathVariableException {
		if (!ex.isMissingAfterConversion()) {
			throw ex;
		}
		return notFound(request, locale);
	}

}
