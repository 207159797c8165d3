package ai.slope.accounts;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.web.servlet.LocaleResolver;

import ai.slope.web.SiteAddress;

/**
 * Who may see what. The board itself (home, roles, jobs, companies, the salary explorer, feeds, the read-only API, its
 * documentation, whether the application is up) and the pages to log in, sign up and reset a password are public; {@code /recruiter/**}
 * is for recruiters, {@code /profile/**} and {@code /salaries/submit} for job seekers and {@code /admin/**} for admins; everything else needs a login. Which company's data a
 * recruiter may touch is decided by the module that owns the data (a posting of another company answers 404). CSRF protection is on, and the Content-Security-Policy allows scripts and styles from
 * Slope itself only, which the pages satisfy. The operations endpoints (metrics, health details) are for admins,
 * or on a management port of their own. Cookies are {@code SameSite=Lax}, and {@code Secure} with HSTS on
 * HTTPS requests or whenever {@code slope.base-url} is https.
 * <p>
 * Login is by email and password on Slope's own page, with a remember-me cookie backed by the
 * {@code persistent_logins} table; failed attempts are throttled; a suspended account cannot log in. The
 * session (in PostgreSQL, through Spring Session JDBC) gets a new id at login and ends at logout.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String REMEMBER_ME_COOKIE = "remember-me";

	static final Duration REMEMBER_ME_VALIDITY = Duration.ofDays(30);

	static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	/**
	 * What anyone may ask of the operations endpoints on the application's port: up or down, nothing more (the
	 * details and components are for admins, {@code management.endpoint.health.roles}). {@code /livez} and
	 * {@code /readyz} stay on this port when the endpoints move to a management port of their own.
	 */
	static final String[] HEALTH = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/livez", "/readyz" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetails users, LoginThrottle throttle,
			PasswordEncoder passwordEncoder, PersistentTokenRepository rememberMeTokens, Accounts accounts,
			LocaleResolver localeResolver, SiteAddress site, Environment environment) throws Exception {
		String[] publicPages = { "/", "/jobs", "/jobs/**", "/programs", "/roles", "/roles/**", "/companies/**", "/salaries", "/api/v1/**",
				"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**",
				"/images/**", "/favicon.ico", "/favicon.svg", "/robots.txt" };
		String[] accountPages = { "/login", "/signup", "/signup/**", "/password/forgot", "/password/reset" };
		// the key only marks remember-me logins made by this process; the tokens themselves are in the database
		String rememberMeKey = UUID.randomUUID().toString();
		PersistentTokenBasedRememberMeServices rememberMe = new PersistentTokenBasedRememberMeServices(rememberMeKey,
				users, rememberMeTokens);
		rememberMe.setCookieName(REMEMBER_ME_COOKIE);
		rememberMe.setParameter("remember-me");
		rememberMe.setTokenValiditySeconds((int) REMEMBER_ME_VALIDITY.toSeconds());
		// without a site address in https, Secure follows the request (HTTPS or not)
		if (site.isHttps()) {
			rememberMe.setUseSecureCookie(true);
		}
		rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
		http.authorizeHttpRequests(requests -> requests.requestMatchers(new ManagementPort(environment))
			.permitAll()
			.requestMatchers(HEALTH)
			.permitAll()
			.requestMatchers("/actuator", "/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/api/v1/recruiter", "/api/v1/recruiter/**")
			.hasRole(Role.RECRUITER.name())
			.requestMatchers("/api/v1/candidates", "/api/v1/candidates/**")
			.hasRole(Role.RECRUITER.name())
			// applying, under the public /jobs/**: job seekers only
			.requestMatchers("/jobs/*/apply")
			.hasRole(Role.SEEKER.name())
			// submitting one's own salary: job seekers only (the explorer, /salaries, is public)
			.requestMatchers("/salaries/submit", "/salaries/submit/**")
			.hasRole(Role.SEEKER.name())
			.requestMatchers(HttpMethod.GET, publicPages)
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, publicPages)
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/api/v1/**")
			.permitAll()
			.requestMatchers(accountPages)
			.permitAll()
			.requestMatchers("/error", "/error/**")
			.permitAll()
			// the unsubscribe link of alert mails works without a login (its token is signed)
			.requestMatchers("/alerts/unsubscribe", "/alerts/resubscribe")
			.permitAll()
			.requestMatchers("/saved", "/saved/**", "/alerts", "/alerts/**")
			.hasRole(Role.SEEKER.name())
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/recruiter", "/recruiter/**")
			.hasRole(Role.RECRUITER.name())
			.requestMatchers("/profile", "/profile/**", "/applications", "/applications/**")
			.hasRole(Role.SEEKER.name())
			.anyRequest()
			.authenticated())
			.authenticationManager(authenticationManager(users, passwordEncoder, throttle, rememberMeKey))
			.formLogin(login -> login.loginPage(LoginHandlers.LOGIN_PAGE)
				.successHandler(new LoginHandlers.Success(accounts, localeResolver))
				.failureHandler(new LoginHandlers.Failure())
				.permitAll())
			.rememberMe(remember -> remember.rememberMeServices(rememberMe))
			.addFilterBefore(new RememberMeTheftFilter(), RememberMeAuthenticationFilter.class)
			// the API answers 401 to a request without a login; pages send people to the login page
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(
					new LoginUrlAuthenticationEntryPoint(LoginHandlers.LOGIN_PAGE),
					new RequestMatcherEntry<>(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
							new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LoginHandlers.LOGIN_PAGE + "?logout"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			// mail programs unsubscribe with a bare POST (RFC 8058); the signed token in the URL is the proof. The
			// candidate search API posts its query as JSON and changes nothing, so it needs no token either.
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/alerts/unsubscribe"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/candidates/search")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				// on HTTPS requests, and on every answer once the site's address is https (a proxy in front may
				// speak plain HTTP to Slope; browsers take the header only over HTTPS anyway)
				.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(site::isSecure)
					.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())));
		return http.build();
	}

	/**
	 * The session cookie is Secure on HTTPS requests (Spring Session's default), and always once the site's address
	 * is https.
	 */
	@Bean
	static DefaultCookieSerializerCustomizer secureSessionCookie(SiteAddress site) {
		return serializer -> {
			if (site.isHttps()) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	/**
	 * Requests that came in on the management port ({@code management.server.port}, {@code SLOPE_MANAGEMENT_PORT})
	 * when it is one of its own. That port serves only the operations endpoints and is reached only by whom the
	 * operator lets reach it (bound to {@code MANAGEMENT_SERVER_ADDRESS}, left unpublished), so Prometheus scrapes
	 * it without a login. On the application's port the same endpoints are for admins.
	 */
	static final class ManagementPort implements RequestMatcher {

		private final Environment environment;

		ManagementPort(Environment environment) {
			this.environment = environment;
		}

		@Override
		public boolean matches(HttpServletRequest request) {
			String management = this.environment.getProperty("local.management.port");
			return management != null && !management.equals(this.environment.getProperty("local.server.port"))
					&& management.equals(String.valueOf(request.getLocalPort()));
		}

	}

	/**
	 * Checks email and password unless the throttle refuses. Whether the account is suspended is checked only
	 * after the password was right, so that a wrong guess does not learn it. (Set here, the manager replaces
	 * the one Spring Security would build, so it takes the remember-me provider too.)
	 */
	private static AuthenticationManager authenticationManager(AccountUserDetails users,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, String rememberMeKey) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setUserDetailsPasswordService(users);
		UserDetailsChecker nothingBeforeThePassword = user -> {
		};
		passwords.setPreAuthenticationChecks(nothingBeforeThePassword);
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle),
				new RememberMeAuthenticationProvider(rememberMeKey));
	}

	/**
	 * BCrypt through the delegating encoder, so that hashes name their encoding and can be upgraded later.
	 */
	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static PersistentTokenRepository rememberMeTokenRepository(DataSource dataSource) {
		JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
		repository.setDataSource(dataSource);
		return repository;
	}

}
