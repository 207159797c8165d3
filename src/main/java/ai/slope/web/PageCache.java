package ai.slope.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole pages kept for a few seconds for visitors without a login: the board's public pages ({@link VisitorPage})
 * are the same for every such visitor who asks for the same address in the same language, and most of their
 * traffic is such visitors asking for the same few pages (the home page, the popular searches, a posting that was
 * just shared). The first visitor's answer is kept as HTML and given to the others until it is
 * {@code slope.web.page-cache} old (5 seconds; {@code 0} switches the cache off). Then the next visitor's request
 * renders it anew while the others are still given the old one for the few milliseconds that takes, so a popular
 * page is renewed by one request per period however many ask, and nobody waits for it: under load this is what
 * keeps the pages as cheap as the JSON API (docs/benchmarks.md, "Under load"). When nothing is kept (a page asked
 * for the first time, or not renewed within twice the period, after which it is dropped), the first request
 * renders it and those asking meanwhile wait for that page, for at most the period. A page that is no longer to be
 * kept (the posting ended) is forgotten as soon as a request finds so.
 * <p>
 * What may be kept, and for whom, is decided on the answer, never guessed:
 * <ul>
 * <li>only a {@code GET} of a {@link VisitorPage} answered {@code 200} with HTML, to a request with no login (after
 * Spring Security, so a remember-me cookie that logs someone in counts as a login) and no session, that neither
 * made a session (a CSRF token, a flash message) nor set a cookie (a language chosen with {@code ?lang=});</li>
 * <li>only such a request is answered from the cache, looked up by the site's address as the request names it,
 * the path and query, the language the visitor's cookie or browser asks for, and the htmx headers that change
 * what the page answers.</li>
 * </ul>
 * A signed-in person therefore always gets a page made for them, and sees their own change at once. A visitor
 * sees another's change (a new posting, a closed one, an edited title) once the kept page is older than the
 * period, on every instance alike. Security headers are not kept: the security filters write them on every
 * answer. What a page does for each view besides rendering (a job page counts its views) is registered with
 * {@link #onEveryView} and runs on every answer from the cache too.
 */
public class PageCache extends OncePerRequestFilter {

	static final String VISITOR_PAGE = PageCache.class.getName() + ".visitorPage";

	private static final String ON_VIEW = PageCache.class.getName() + ".onView";

	/** What a page's own answer sets besides its status, type and body; every other header is written anew. */
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.VARY, "HX-Push-Url");

	/** Paths where no {@link VisitorPage} is. */
	private static final List<String> NEVER_PAGES = List.of("/api/", "/v3/", "/swagger-ui", "/actuator", "/webjars/",
			"/css/", "/images/", "/js/");

	private static final AuthenticationTrustResolver LOGINS = new AuthenticationTrustResolverImpl();

	private final Cache<Key, Page> pages;

	private final LocaleResolver locales;

	/** The pages being rendered with nothing kept yet, for the requests that ask for them meanwhile. */
	private final ConcurrentMap<Key, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

	private final Ticker ticker;

	private volatile boolean enabled;

	private volatile long periodNanos;

	/**
	 * @param keep how long a page is given as it was rendered; {@link Duration#ZERO} for not at all
	 * @param size the most HTML kept
	 */
	public PageCache(Duration keep, DataSize size, LocaleResolver locales) {
		this(keep, size, locales, Ticker.systemTicker());
	}

	PageCache(Duration keep, DataSize size, LocaleResolver locales, Ticker ticker) {
		this.locales = locales;
		this.ticker = ticker;
		this.enabled = positive(keep) && size.toBytes() > 0;
		this.periodNanos = keep.toNanos();
		// past twice the period nobody asked for it: rendered anew by whoever asks next
		this.pages = Caffeine.newBuilder()
			.maximumWeight(Math.max(size.toBytes(), 1))
			.<Key, Page>weigher((key, page) -> key.weight() + page.body().length)
			.expireAfterWrite(positive(keep) ? keep.multipliedBy(2) : Duration.ofSeconds(1))
			.ticker(ticker)
			.build();
	}

	/**
	 * Runs {@code action} now, and again whenever this request's page is answered from the cache: what a view of
	 * the page does besides showing it.
	 */
	public static void onEveryView(HttpServletRequest request, Runnable action) {
		action.run();
		@SuppressWarnings("unchecked")
		List<Runnable> actions = (List<Runnable>) request.getAttribute(ON_VIEW);
		if (actions == null) {
			actions = new ArrayList<>(1);
			request.setAttribute(ON_VIEW, actions);
		}
		actions.add(action);
	}

	/**
	 * Never the API, feeds, the API's docs, the operations endpoints or static files: none is a
	 * {@link VisitorPage}, and what they write is passed through, not held until the end.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		for (String prefix : NEVER_PAGES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return path.endsWith(".atom") || path.endsWith(".rss");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.enabled || !isVisitor(request)) {
			chain.doFilter(request, response);
			return;
		}
		Key key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page kept = this.pages.getIfPresent(key);
		if (kept != null && (this.ticker.read() - kept.keptAt() < this.periodNanos
				|| !kept.renewing().compareAndSet(false, true))) {
			kept.answer(request, response);
			return;
		}
		if (kept != null) {
			// the one request that renders a page past its period anew; the others are given the old one meanwhile
			render(key, kept, request, response, chain);
			return;
		}
		// nothing kept: the first request renders, those that ask for the same page meanwhile wait for it
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> other = this.rendering.putIfAbsent(key, mine);
		if (other != null) {
			Page rendered = awaitPage(other);
			if (rendered != null) {
				rendered.answer(request, response);
			}
			else {
				render(key, null, request, response, chain);
			}
			return;
		}
		Page rendered = null;
		try {
			rendered = render(key, null, request, response, chain);
		}
		finally {
			this.rendering.remove(key, mine);
			mine.complete(rendered);
		}
	}

	/**
	 * The page another request is rendering, or {@code null} when it was not one to keep or took longer than the
	 * period (then this request renders its own).
	 */
	private Page awaitPage(CompletableFuture<Page> rendering) {
		try {
			return rendering.get(this.periodNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** Renders the page as the handler writes it and keeps it if it is one to keep; returns what was kept. */
	private Page render(Key key, Page kept, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, capture);
		}
		catch (Throwable ex) {
			// nothing is written: the error page is the container's to write on the response as it was
			forget(key, kept);
			throw ex;
		}
		try {
			return keep(key, kept, request, capture);
		}
		finally {
			capture.copyBodyToResponse();
		}
	}

	/**
	 * Keeps the page just rendered in place of the one it renews, if no newer one was put meanwhile. An answer that
	 * is no longer a page to keep (the posting ended, the address changed) forgets the kept one; an answer that only
	 * this request made personal (it set a cookie or made a session) leaves it for the next request to renew.
	 */
	private Page keep(Key key, Page kept, HttpServletRequest request, ContentCachingResponseWrapper answer) {
		if (!isPage(request, answer)) {
			forget(key, kept);
			return null;
		}
		if (answer.containsHeader(HttpHeaders.SET_COOKIE) || request.getSession(false) != null) {
			if (kept != null) {
				kept.renewing().set(false);
			}
			return null;
		}
		Page page = page(request, answer);
		if (kept == null) {
			this.pages.put(key, page);
		}
		else {
			this.pages.asMap().replace(key, kept, page);
		}
		return page;
	}

	private void forget(Key key, Page kept) {
		if (kept != null) {
			this.pages.asMap().remove(key, kept);
		}
	}

	/**
	 * A {@code GET} without a login or a session (a session cookie that names none is none: Spring Security has
	 * looked for it already, and the session repository keeps what it found for the request).
	 */
	private static boolean isVisitor(HttpServletRequest request) {
		return HttpMethod.GET.matches(request.getMethod()) && request.getSession(false) == null
				&& LOGINS.isAnonymous(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The key, or {@code null} when the request's language cannot be told (then nothing is kept for it). */
	private Key key(HttpServletRequest request) {
		Locale locale;
		try {
			locale = this.locales.resolveLocale(request);
		}
		catch (RuntimeException ex) {
			return null;
		}
		return new Key(request.getScheme(), request.getServerName(), request.getServerPort(), request.getRequestURI(),
				request.getQueryString(), locale, request.getHeader("HX-Request") != null,
				request.getHeader("HX-History-Restore-Request") != null);
	}

	/** Whether the answer is a {@link VisitorPage}'s page: {@code 200} with HTML. */
	private static boolean isPage(HttpServletRequest request, ContentCachingResponseWrapper answer) {
		return request.getAttribute(VISITOR_PAGE) != null && answer.getStatus() == HttpServletResponse.SC_OK
				&& answer.getContentType() != null
				&& MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(answer.getContentType()));
	}

	private Page page(HttpServletRequest request, ContentCachingResponseWrapper answer) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : KEPT_HEADERS) {
			if (answer.containsHeader(name)) {
				headers.put(name, List.copyOf(answer.getHeaders(name)));
			}
		}
		@SuppressWarnings("unchecked")
		List<Runnable> onView = (List<Runnable>) request.getAttribute(ON_VIEW);
		return new Page(answer.getContentType(), answer.getLocale(), headers, answer.getContentAsByteArray(),
				(String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
				(onView != null) ? List.copyOf(onView) : List.of(), this.ticker.read(), new AtomicBoolean());
	}

	/** Keeps pages for {@code period} from now on ({@code 0}: none); what is kept is forgotten. For tests. */
	void keepFor(Duration period) {
		this.pages.invalidateAll();
		if (positive(period)) {
			this.periodNanos = period.toNanos();
			this.pages.policy().expireAfterWrite().ifPresent(expiry -> expiry.setExpiresAfter(period.multipliedBy(2)));
		}
		this.enabled = positive(period);
	}

	private static boolean positive(Duration period) {
		return !period.isNegative() && !period.isZero();
	}

	/** How many pages are kept; for tests. */
	long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/**
	 * Marks a request handled by a {@link VisitorPage} method: its answer may be kept.
	 */
	static final class Marker implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(VisitorPage.class)) {
				request.setAttribute(VISITOR_PAGE, Boolean.TRUE);
			}
			return true;
		}

	}

	/**
	 * What decides a page: the site's address as the request names it (absolute links start with it when no
	 * {@code SLOPE_BASE_URL} is set), the path and query, the language, and whether the htmx headers the pages
	 * read are present (their values are not: any value asks for the same fragment).
	 */
	record Key(String scheme, String host, int port, String path, String query, Locale locale, boolean htmx,
			boolean historyRestore) {

		/** Roughly the bytes it takes, with its page's entry in the cache. */
		int weight() {
			return 256 + 2 * (this.host.length() + this.path.length() + ((this.query != null) ? this.query.length() : 0));
		}

	}

	/**
	 * @param locale the page's language, which the container writes as {@code Content-Language}
	 * @param pattern the handler's path pattern, for the request metrics of an answer from the cache
	 * @param keptAt when it was rendered, in {@link Ticker} nanoseconds
	 * @param renewing whether a request is rendering it anew
	 */
	record Page(String contentType, Locale locale, Map<String, List<String>> headers, byte[] body, String pattern,
			List<Runnable> onView, long keptAt, AtomicBoolean renewing) {

		void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
			if (this.pattern != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent((observation) -> observation.setPathPattern(this.pattern));
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			response.setLocale(this.locale);
			this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
			this.onView.forEach(Runnable::run);
		}

	}

}
