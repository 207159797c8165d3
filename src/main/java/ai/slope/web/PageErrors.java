package ai.slope.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the styled 404 page for pages that find nothing, with the layout and the reader's language.
 */
@ControllerAdvice
class PageErrors {

	@ExceptionHandler(PageNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(HttpServletRequest request, Locale locale) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("languageLinks", LayoutModel.of(request, locale));
		return page;
	}

}
