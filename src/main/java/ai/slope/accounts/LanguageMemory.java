package ai.slope.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When a logged-in person switches language ({@code ?lang=} on any page), their account takes the new
 * language, so the mails Slope sends them from then on are in the language they read. Logging in remembers
 * the language of the login page the same way ({@link LoginHandlers.Success}).
 */
@Configuration(proxyBeanMethods = false)
class LanguageMemory implements WebMvcConfigurer {

	private final Accounts accounts;

	private final LocaleResolver localeResolver;

	LanguageMemory(Accounts accounts, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			// after the handler, so that the web module's interceptor has switched the language (or ignored an
			// unknown one) and the resolver answers with the language the page was shown in
			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				if (request.getParameter("lang") == null) {
					return;
				}
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
					LanguageMemory.this.accounts.rememberLanguage(user.getId(),
							LanguageMemory.this.localeResolver.resolveLocale(request));
				}
			}

		});
	}

}
