package ai.slope.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

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

	/**
	 * The current page in another language: its path and query string with {@code lang} set. A page shown
	 * in answer to a form (a POST that came back with errors) links to the page the form was on instead, as
	 * the browser's {@code Referer} names it on this site, or to the home page: its own address may not
	 * answer a GET, and a form's fields (a password, the CSRF token) must never end up in a link.
	 */
	private static String link(HttpServletRequest request, String language) {
		StringJoiner query;
		Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (forwarded instanceof String || read) {
			String path = (forwarded instanceof String original) ? original : request.getRequestURI();
			query = new StringJoiner("&", path + "?", "");
			if (read) {
				// a GET has no body: its parameters are those of its address
				request.getParameterMap().forEach((name, values) -> {
					for (String value : values) {
						add(query, encode(name), encode(value));
					}
				});
			}
		}
		else {
			URI referer = sameSiteReferer(request);
			return link((referer != null) ? referer : URI.create("/"), language);
		}
		query.add("lang=" + language);
		return query.toString();
	}

	/**
	 * An address of this site (its raw path and query) in another language.
	 */
	private static String link(URI address, String language) {
		StringJoiner query = new StringJoiner("&", address.getRawPath() + "?", "");
		if (address.getRawQuery() != null) {
			for (String pair : address.getRawQuery().split("&")) {
				int equals = pair.indexOf('=');
				add(query, (equals < 0) ? pair : pair.substring(0, equals),
						(equals < 0) ? "" : pair.substring(equals + 1));
			}
		}
		query.add("lang=" + language);
		return query.toString();
	}

	/**
	 * The links for an htmx answer that pushes a new address into the browser's bar ({@code HX-Push-Url}): the
	 * reader is now on that address, not on the one the request asked (a form's blank fields, a corrected
	 * keyword), and a page that swaps the language switch out of band must link to it. Runs after the
	 * handler, since only the handler knows the address it pushes.
	 */
	static final class PushedAddressLinks implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			String pushed = response.getHeader("HX-Push-Url");
			if (modelAndView == null || pushed == null || "false".equals(pushed)
					|| !(modelAndView.getModel().get("languageLinks") instanceof LanguageLinks current)) {
				return;
			}
			URI address;
			try {
				address = new URI(pushed);
			}
			catch (URISyntaxException ex) {
				return;
			}
			if (address.isAbsolute() || address.getRawPath() == null || !address.getRawPath().startsWith("/")) {
				return;
			}
			modelAndView.addObject("languageLinks",
					new LanguageLinks(link(address, "en"), link(address, "zh-CN"), current.current()));
		}

	}

	private static void add(StringJoiner query, String encodedName, String encodedValue) {
		if (!encodedName.isEmpty() && !"lang".equals(encodedName)) {
			query.add(encodedName + "=" + encodedValue);
		}
	}

	private static String encode(String text) {
		return (text == null) ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static URI sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost())
					&& (uri.getPort() == -1 || uri.getPort() == request.getServerPort());
			return (sameSite && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) ? uri : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * @param english the current page in English
	 * @param chinese the current page in Chinese
	 * @param current the language tag of the current page, for {@code <html lang>}
	 */
	record LanguageLinks(String english, String chinese, String current) {
	}

}
