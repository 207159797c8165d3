package ai.slope.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.core.Ordered;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Languages: English and Simplified Chinese. {@code ?lang=zh-CN} (or {@code en}) on any page switches, and
 * a cookie ({@link LanguageCookie}) remembers the choice; without one the browser's preferred language decides.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "slope-lang";

	@Bean
	LocaleResolver localeResolver(SiteAddress site) {
		return new LanguageCookie(site);
	}

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(MessageSource messages,
			LocaleResolver localeResolver, JsonMapper json, ThymeleafViewResolver views) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(messages, localeResolver, json, views));
		// outside the session and security filters, which read the database too
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Whole pages kept a few seconds for visitors without a login ({@link PageCache}); right after Spring Security
	 * (-100), so that it knows who is logged in and the security headers are written on every answer.
	 */
	@Bean
	FilterRegistrationBean<PageCache> pageCache(@Value("${slope.web.page-cache:5s}") Duration keep,
			@Value("${slope.web.page-cache-size:32MB}") DataSize size, LocaleResolver localeResolver) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(keep, size, localeResolver));
		registration.setOrder(-95);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		InputConverters.register(registry);
	}

	/**
	 * Lists bound to a {@link org.springframework.data.domain.Pageable} count their pages from 1 in the address
	 * ({@code ?page=1} is the first, as every pager of Slope writes it) and show at most {@link #MAX_PAGE_SIZE}
	 * rows at once, whatever {@code size} asks; {@link PageLimit} stops them at page {@link Pages#MAX_PAGE}.
	 */
	@Bean
	PageableHandlerMethodArgumentResolverCustomizer pageableCustomizer() {
		return resolver -> {
			resolver.setOneIndexedParameters(true);
			resolver.setMaxPageSize(MAX_PAGE_SIZE);
		};
	}

	/** Pages past {@link Pages#MAX_PAGE} go to that page ({@link PageLimit}). */
	@Bean
	static PageLimit pageLimit() {
		return new PageLimit();
	}

	/** The most rows a paged list shows at once. */
	static final int MAX_PAGE_SIZE = 100;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				Locale requested = super.parseLocaleValue(localeValue);
				return (requested != null) ? Languages.closest(requested) : null;
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new LayoutModel.PushedAddressLinks());
		registry.addInterceptor(new PageCache.Marker());
	}

	/**
	 * The language cookie, {@code SameSite=Lax}, and {@code Secure} when the request came over HTTPS or the site's
	 * address is https. Spring's resolver knows only a fixed Secure flag, so this one writes through one resolver
	 * of each kind.
	 */
	static final class LanguageCookie implements LocaleContextResolver {

		private final SiteAddress site;

		private final CookieLocaleResolver plain = resolver(false);

		private final CookieLocaleResolver secure = resolver(true);

		LanguageCookie(SiteAddress site) {
			this.site = site;
		}

		private static CookieLocaleResolver resolver(boolean secure) {
			CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
			resolver.setCookieMaxAge(Duration.ofDays(365));
			resolver.setCookieSameSite("Lax");
			resolver.setCookieSecure(secure);
			resolver.setDefaultLocaleFunction(request -> Languages.closest(request.getLocale()));
			// a cookie that names no language (edited by hand, an old format) is as none, not an error
			resolver.setRejectInvalidCookies(false);
			return resolver;
		}

		private CookieLocaleResolver writer(HttpServletRequest request) {
			return this.site.isSecure(request) ? this.secure : this.plain;
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			return this.plain.resolveLocaleContext(request);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
				LocaleContext localeContext) {
			writer(request).setLocaleContext(request, response, localeContext);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return this.plain.resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			writer(request).setLocale(request, response, locale);
		}

	}

	/**
	 * The languages Slope speaks.
	 */
	static final class Languages {

		static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

		private Languages() {
		}

		static Locale closest(Locale requested) {
			if (requested != null && "zh".equals(requested.getLanguage())) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			return Locale.ENGLISH;
		}

	}

}
