package ai.slope.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what. The board itself (home, roles, jobs, companies, feeds, the read-only API, its
 * documentation, health) is public; everything else needs a login. CSRF protection is on, and the
 * Content-Security-Policy allows scripts and styles from Slope itself only, which the pages satisfy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		String[] publicPages = { "/", "/jobs", "/jobs/**", "/roles/**", "/companies/**", "/api/v1/**",
				"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**",
				"/images/**", "/favicon.ico", "/favicon.svg", "/robots.txt" };
		http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, publicPages)
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, publicPages)
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/api/v1/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
			.permitAll()
			.requestMatchers("/error", "/error/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(Customizer.withDefaults())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
