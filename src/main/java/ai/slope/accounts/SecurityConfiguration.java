package ai.slope.accounts;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may see what. The board itself (home, roles, jobs, companies, the salary explorer, feeds, the read-only API, its
 * documentation, health) and the pages to log in, sign up and reset a password are public; {@code /recruiter/**}
 * is for recruiters, {@code /profile/**} and {@code /salaries/submit} for job seekers and {@code /admin/**} for admins; everything else needs a login. Which company's data a
 * recruiter may touch is decided by the module that owns the data (a posting of another company answers 404). CSRF protection is on, and the Content-Security-Policy allows scripts and styles from
 * Slope itself only, which the pages satisfy.
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

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetails users, LoginThrottle throttle,
			PasswordEncoder passwordEncoder, PersistentTokenRepository rememberMeTokens, Accounts accounts,
			LocaleResolver localeResolver) throws Exception {
		String[] publicPages = { "/", "/jobs", "/jobs/**", "/roles/**", "/companies/**", "/salaries", "/api/v1/**",
				"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**",
				"/images/**", "/favicon.ico", "/favicon.svg", "/robots.txt" };
		String[] accountPages = { "/login", "/signup", "/password/forgot", "/password/reset" };
		// the key only marks remember-me logins made by this process; the tokens themselves are in the database
		String rememberMeKey = UUID.randomUUID().toString();
		PersistentTokenBasedRememberMeServices rememberMe = new PersistentTokenBasedRememberMeServices(rememberMeKey,
				users, rememberMeTokens);
		rememberMe.setCookieName(REMEMBER_ME_COOKIE);
		rememberMe.setParameter("remember-me");
		rememberMe.setTokenValiditySeconds((int) REMEMBER_ME_VALIDITY.toSeconds());
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/recruiter", "/api/v1/recruiter/**")
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
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
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
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
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
