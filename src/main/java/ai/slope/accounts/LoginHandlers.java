package ai.slope.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What happens after a login attempt. A failure goes back to the login page with the email that was typed
 * and the reason (wrong email or password, too many attempts, suspended) as flash attributes, so neither
 * appears in the URL. A success remembers the language for mails and goes where the person was going.
 */
final class LoginHandlers {

	static final String LOGIN_PAGE = "/login";

	private LoginHandlers() {
	}

	static final class Failure implements AuthenticationFailureHandler {

		private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			if (exception instanceof InternalAuthenticationServiceException failure) {
				// not a wrong password: the accounts could not be read (the database is out of reach, say), so the
				// person is told that, not that their password was wrong
				throw new ServletException(failure);
			}
			FlashMap flash = new FlashMap();
			String email = request.getParameter("username");
			flash.put("email", (email != null && email.length() <= Accounts.MAX_EMAIL_LENGTH) ? email : "");
			if (exception instanceof LoginThrottledException throttled) {
				flash.put("loginError", "throttled");
				flash.put("waitMinutes", throttled.getWaitMinutes());
			}
			else if (exception instanceof DisabledException) {
				flash.put("loginError", "suspended");
			}
			else {
				flash.put("loginError", "bad-credentials");
			}
			flash.setTargetRequestPath(request.getContextPath() + LOGIN_PAGE);
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + LOGIN_PAGE + "?error"));
		}

	}

	static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final Accounts accounts;

		private final LocaleResolver localeResolver;

		Success(Accounts accounts, LocaleResolver localeResolver) {
			this.accounts = accounts;
			this.localeResolver = localeResolver;
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, jakarta.servlet.ServletException {
			if (authentication.getPrincipal() instanceof SignedInUser user) {
				this.accounts.rememberLanguage(user.getId(), this.localeResolver.resolveLocale(request));
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

}
