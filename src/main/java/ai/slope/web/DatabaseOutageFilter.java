package ai.slope.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import tools.jackson.databind.json.JsonMapper;

import ai.slope.system.DatabaseOutage;

/**
 * While the database is out of reach, every request that needs it answers 503 with {@code Retry-After}, not 500:
 * pages get the styled "Slope is briefly unavailable" page ({@code error/503.html}), the
 * JSON API an RFC 9457 problem document. It sits outside every other filter, so a failure while reading the
 * session or the remember-me token is answered the same way as one in a controller. Nothing was stored for
 * such a request: the transaction that failed to start or to finish is rolled back by PostgreSQL.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 10;

	private static final String PAGE = "error/503";

	private static final URI TYPE = URI.create("https://slope.ai/problems/unavailable");

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final MessageSource messages;

	private final FilterPages pages;

	DatabaseOutageFilter(MessageSource messages, LocaleResolver locales, JsonMapper json, ViewResolver views) {
		this.messages = messages;
		this.pages = new FilterPages(views, locales, json);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {} answered 503: the database is out of reach ({})", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				writeProblem(this.pages.locale(request), response);
			}
			else {
				this.pages.render(request, response, HttpStatus.SERVICE_UNAVAILABLE, PAGE, Map.of());
			}
		}
	}

	private void writeProblem(Locale locale, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("error.unavailable.text", null, locale));
		problem.setType(TYPE);
		problem.setTitle(this.messages.getMessage("error.unavailable.heading", null, locale));
		this.pages.writeProblem(response, problem);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
