package ai.slope.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where Slope is reached from outside: {@code slope.base-url} ({@code SLOPE_BASE_URL}) when set. Absolute links
 * that leave the request (canonical links, {@code og:url}, JSON-LD, Atom feeds) start with it, because the Host
 * header is whatever the sender wrote, and a cache or a crawler would keep a page that points elsewhere. Without
 * it, the request's own address is used (behind a proxy, with {@code server.forward-headers-strategy} set, the
 * address the proxy forwarded). An https base also makes every cookie {@code Secure} and every answer carry
 * HSTS, even when the proxy in front speaks plain HTTP to Slope.
 */
@Component
public class SiteAddress {

	private final String baseUrl;

	private final boolean https;

	SiteAddress(@Value("${slope.base-url:}") String baseUrl) {
		this.baseUrl = StringUtils.hasText(baseUrl) ? checked(baseUrl.strip().replaceAll("/+$", "")) : null;
		this.https = this.baseUrl != null && this.baseUrl.regionMatches(true, 0, "https:", 0, 6);
	}

	/**
	 * The start of absolute links, without a trailing slash, such as {@code https://slope.example.com}.
	 */
	public String base() {
		return (this.baseUrl != null) ? this.baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/**
	 * Whether the configured base address is an https one.
	 */
	public boolean isHttps() {
		return this.https;
	}

	/**
	 * Whether cookies set in answer to this request must be {@code Secure}: it came over HTTPS, or Slope is
	 * reached over HTTPS anyway.
	 */
	public boolean isSecure(HttpServletRequest request) {
		return this.https || request.isSecure();
	}

	private static String checked(String baseUrl) {
		try {
			URI uri = new URI(baseUrl);
			boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
			if (web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
				return baseUrl;
			}
		}
		catch (URISyntaxException ex) {
			// refused below
		}
		throw new IllegalStateException("slope.base-url (SLOPE_BASE_URL) must be an http or https address such as "
				+ "https://slope.example.com, not '" + baseUrl + "'");
	}

}
