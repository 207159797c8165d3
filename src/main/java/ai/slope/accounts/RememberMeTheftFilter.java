package ai.slope.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A remember-me cookie whose series is known but whose token was already replaced means the cookie was copied:
 * Spring Security then forgets every remember-me login of that account, clears the cookie and throws, which would
 * be a 500. This ends it as a logout instead: the login page, with a message saying why.
 */
class RememberMeTheftFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RememberMeTheftFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (CookieTheftException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			log.warn("Remember-me cookie replayed: {}", ex.getMessage());
			if (request.getSession(false) != null) {
				request.getSession(false).invalidate();
			}
			response.sendRedirect(request.getContextPath() + LoginHandlers.LOGIN_PAGE + "?stolen");
		}
	}

}
