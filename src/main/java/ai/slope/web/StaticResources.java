package ai.slope.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts and the icon, under versioned addresses that a browser keeps for a year without asking
 * again: a webjar's address names its version ({@code /webjars/bootstrap/5.3.8/css/bootstrap.min.css}) and our
 * own files' addresses (under {@code /css/} and {@code /images/}) carry a hash of their content ({@code /css/slope-5f1c….css}), so a new release changes the
 * address and the old copy is simply never asked for again.
 * <p>
 * Only these paths are resource paths. Spring Boot's default maps {@code /**} to the static folders, and then the
 * {@link ResourceUrlEncodingFilter} asks the resource chain about every link a page writes ({@code /jobs/123},
 * {@code /roles/…}): a page of search results made dozens of look-ups in the jar on every request, none of which
 * can be cached since none finds anything. With these mappings a page link matches no resource pattern and costs
 * nothing, and each resource address is resolved once and kept in the chain's cache.
 * {@code spring.web.resources.add-mappings=false} turns Boot's mappings off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/**
	 * How long a browser or proxy keeps a versioned file: a year, without asking again.
	 */
	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// a folder each: a pattern without a wildcard (/favicon.svg) leaves nothing to resolve, and its address
		// would be looked up anew on every page
		for (String folder : List.of("css", "images")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(VERSIONED)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/**
	 * Rewrites the resource addresses a template writes with {@code @{…}} into their versioned form.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
