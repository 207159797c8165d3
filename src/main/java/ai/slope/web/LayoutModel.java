package ai.slope.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds what the layout needs to every page: the links that switch the current page to each language.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request, Locale locale) {
		return of(request, locale);
	}

	static LanguageLinks of(HttpServletRequest request, Locale locale) {
		return new LanguageLinks(link(request, "en"), link(request, "zh-CN"),
				"zh".equals(locale.getLanguage()) ? "zh-CN" : "en");
	}

	private static String link(HttpServletRequest request, String language) {
		String path = request.getRequestURI();
		Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		if (forwarded instanceof String original) {
			path = original;
		}
		StringJoiner query = new StringJoiner("&", path + "?", "");
		request.getParameterMap().forEach((name, values) -> {
			if (!"lang".equals(name)) {
				for (String value : values) {
					query.add(encode(name) + "=" + encode(value));
				}
			}
		});
		query.add("lang=" + language);
		return query.toString();
	}

	private static String encode(String text) {
		return (text == null) ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * @param english the current page in English
	 * @param chinese the current page in Chinese
	 * @param current the language tag of the current page, for {@code <html lang>}
	 */
	record LanguageLinks(String english, String chinese, String current) {
	}

}
