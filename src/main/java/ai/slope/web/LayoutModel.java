package ai.slope.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Adds what the layout needs to every page: the links that switch the current page to each language.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request, Locale locale) {
		return new LanguageLinks(link(request, "en"), link(request, "zh-CN"),
				"zh".equals(locale.getLanguage()) ? "zh-CN" : "en");
	}

	private static String link(HttpServletRequest request, String language) {
		String query = ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("lang", language)
			.build()
			.getQuery();
		String path = request.getRequestURI();
		Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		if (forwarded instanceof String original) {
			path = original;
		}
		return path + "?" + query;
	}

	/**
	 * @param english the current page in English
	 * @param chinese the current page in Chinese
	 * @param current the language tag of the current page, for {@code <html lang>}
	 */
	record LanguageLinks(String english, String chinese, String current) {
	}

}
