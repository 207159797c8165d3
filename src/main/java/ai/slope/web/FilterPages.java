package ai.slope.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A styled page (or, on the API, a problem document) answered by a filter, outside Spring MVC: for requests that must not go on (refused input, the
 * database out of reach). It is rendered in place rather than by an error dispatch, which would run the filters
 * again — and they read the parameters and the session once more, the very things that failed.
 */
final class FilterPages {

	private final ViewResolver views;

	private final LocaleResolver locales;

	private final JsonMapper json;

	FilterPages(ViewResolver views, LocaleResolver locales, JsonMapper json) {
		this.views = views;
		this.locales = locales;
		this.json = json;
	}

	/**
	 * The API's answer instead of a page: the problem document, with its status.
	 */
	void writeProblem(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * The reader's language as the pages would have it: {@code ?lang=} first (the interceptor that reads it has
	 * not run), then the cookie or the browser's. Only the address is read for it, never the body: a body whose
	 * parameters Tomcat could not read would make it answer its own 413 page.
	 */
	Locale locale(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith("lang=")) {
					String requested = URLDecoder.decode(pair.substring("lang=".length()), StandardCharsets.UTF_8);
					return WebConfiguration.Languages.closest(Locale.forLanguageTag(requested));
				}
			}
		}
		return this.locales.resolveLocale(request);
	}

	void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String viewName,
			Map<String, Object> attributes) throws ServletException, IOException {
		Locale locale = locale(request);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		Map<String, Object> model = new HashMap<>(attributes);
		model.put("status", status.value());
		model.put("languageLinks", LayoutModel.of(request, locale));
		response.setStatus(status.value());
		try {
			View page = this.views.resolveViewName(viewName, locale);
			if (page == null) {
				throw new IllegalStateException("No view " + viewName);
			}
			page.render(model, request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

}
