package ai.slope.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one rule for characters in parameters, for every page and the API: a query or form parameter (a multipart
 * field too), or a parameter's name, that holds a control character other than tab and line breaks (see
 * {@link InputText#isRefused(char)}) is refused with 400 before anything reads it, so it never reaches the
 * database or a check that would misread it. So is a parameter with an index in its name ({@code role[2]}). Pages get the error page naming the field in the reader's language;
 * {@code /api/**} an RFC 9457 problem document. A body Tomcat cannot read into parameters at all (a multipart
 * part header over {@code server.tomcat.max-part-header-size}) gets the error page too, not Tomcat's bare one.
 * JSON bodies are checked by {@link RefusedInputJson}.
 */
@Component
class RefusedInputFilter extends OncePerRequestFilter implements Ordered {

	/** Request attributes the error page reads. */
	static final String PROBLEM = "inputProblem";

	static final String FIELD = "inputProblemField";

	static final String REFUSED = "error.input.refused";

	static final String UNREADABLE = "error.input.unreadable";

	static final String INDEXED = "error.input.indexed";

	static final URI TYPE = URI.create("https://slope.ai/problems/invalid-parameters");

	private static final int MAX_SHOWN_NAME = 60;

	private final MessageSource messages;

	private final FilterPages pages;

	RefusedInputFilter(MessageSource messages, LocaleResolver locales, JsonMapper json, ThymeleafViewResolver views) {
		this.messages = messages;
		this.pages = new FilterPages(views, locales, json);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
			if (request.getContentType() != null
					&& request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				// Tomcat keeps a failure to read the parts quiet until they are asked for
				request.getParts();
			}
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			// Tomcat could not parse the parameters (InvalidParameterException): too many parts, a part header too large
			refuse(request, response, UNREADABLE, "", HttpStatus.BAD_REQUEST);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (InputText.hasRefused(parameter.getKey()) || anyRefused(parameter.getValue())) {
				refuse(request, response, REFUSED, shown(parameter.getKey()), HttpStatus.BAD_REQUEST);
				return;
			}
			if (parameter.getKey().indexOf('[') >= 0) {
				// no form sends role[2]: lists are repeated parameters. A binder would grow a list to the index, or
				// fail past 256, below 0 or on role[x]
				refuse(request, response, INDEXED, shown(parameter.getKey()), HttpStatus.BAD_REQUEST);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean anyRefused(String[] values) {
		for (String value : values) {
			if (InputText.hasRefused(value)) {
				return true;
			}
		}
		return false;
	}

	private static String shown(String name) {
		String clean = InputText.singleLine(name);
		return (clean.length() > MAX_SHOWN_NAME) ? clean.substring(0, MAX_SHOWN_NAME) + "…" : clean;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String code, String field,
			HttpStatus status) throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			Locale locale = this.pages.locale(request);
			String message = this.messages.getMessage(code, new Object[] { field }, locale);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setType(TYPE);
			problem.setTitle(this.messages.getMessage("problem.invalid-parameters", null, "Invalid parameters", locale));
			problem.setProperty("errors", List.of(Map.of("parameter", field, "message", message)));
			this.pages.writeProblem(response, problem);
			return;
		}
		// (Tomcat would answer its own bare page when the parameters cannot be read)
		request.setAttribute(PROBLEM, code);
		request.setAttribute(FIELD, field);
		if (!response.isCommitted()) {
			response.reset();
		}
		this.pages.render(request, response, status, "error", Map.of(PROBLEM, code, FIELD, field));
	}

	/**
	 * After the upload size filters (-110), before Spring Security (-100), whose CSRF check is the first to read
	 * parameters.
	 */
	@Override
	public int getOrder() {
		return -105;
	}

}
