package ai.slope.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A kept page past its period: one request renders it anew while the others are given the old one, a page that is no
 * longer to be kept is forgotten, and a page nobody asked for in twice the period is rendered by whoever asks next.
 */
class PageCacheRenewalTests {

	private final AtomicLong now = new AtomicLong();

	private final PageCache cache = new PageCache(Duration.ofSeconds(5), DataSize.ofMegabytes(1),
			new FixedLocaleResolver(Locale.ENGLISH), this.now::get);

	private final AtomicInteger renderings = new AtomicInteger();

	private int status = HttpServletResponse.SC_OK;

	/** What another visitor is given while the page renders, when one asks meanwhile. */
	private String meanwhile;

	private boolean askMeanwhile;

	private RuntimeException failure;

	private boolean makeSession;

	private boolean visitorPage = true;

	/** Holds the rendering until it is counted down. */
	private volatile CountDownLatch hold;

	/** What the last visit had written when it ended. */
	private String written;

	@BeforeEach
	void visitorWithoutLogin() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
	}

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void pastItsPeriodOneRequestRendersThePageWhileTheOthersAreGivenTheOldOne() throws Exception {
		assertThat(visit()).isEqualTo("page 1");
		at(4);
		assertThat(visit()).isEqualTo("page 1");

		at(6);
		this.askMeanwhile = true;
		assertThat(visit()).isEqualTo("page 2");
		assertThat(this.meanwhile).isEqualTo("page 1");
		this.askMeanwhile = false;
		at(10);
		assertThat(visit()).isEqualTo("page 2");
		assertThat(this.renderings).hasValue(2);

		// nobody asked for twice the period (5 s) since page 2 was rendered at 6 s
		at(17);
		assertThat(visit()).isEqualTo("page 3");
	}

	@Test
	void aPageThatIsNoLongerToBeKeptIsForgottenWhenARequestFindsSo() throws Exception {
		assertThat(visit()).isEqualTo("page 1");
		at(6);
		this.status = HttpServletResponse.SC_GONE;

		assertThat(visit()).isEqualTo("page 2");
		assertThat(visit()).isEqualTo("page 3");
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void aRenderingThatFailsForgetsThePageAndWritesNothing() throws Exception {
		assertThat(visit()).isEqualTo("page 1");
		at(6);
		this.failure = new IllegalStateException("the database is out of reach");

		assertThatIllegalStateException().isThrownBy(this::visit);
		assertThat(this.written).isEmpty();
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void anAnswerOnlyThisRequestMadePersonalIsNotKeptAndLeavesTheOldPageToBeRenewed() throws Exception {
		assertThat(visit()).isEqualTo("page 1");
		at(6);
		this.makeSession = true;
		assertThat(visit()).isEqualTo("page 2");
		this.makeSession = false;

		assertThat(visit()).isEqualTo("page 3");
		assertThat(visit()).isEqualTo("page 3");
	}

	@Test
	void aPageOfAHandlerThatIsNoVisitorPageIsNotKept() throws Exception {
		this.visitorPage = false;

		assertThat(visit()).isEqualTo("page 1");
		assertThat(visit()).isEqualTo("page 2");
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void theApiAndStaticFilesAreNeitherKeptNorHeldBack() throws Exception {
		for (String path : new String[] { "/api/v1/jobs", "/webjars/htmx.org/htmx.min.js", "/jobs/feed.atom" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			assertThat(this.cache.shouldNotFilter(request)).as(path).isTrue();
		}
		assertThat(this.cache.shouldNotFilter(new MockHttpServletRequest("GET", "/jobs/1-kept"))).isFalse();
	}

	@Test
	void requestsForAPageBeingRenderedWithNothingKeptWaitForItInsteadOfRenderingIt() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.hold = release;
		ExecutorService visitors = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = visitors.submit(() -> asVisitor(this::visit));
			await(() -> this.renderings.get() == 1);
			this.hold = null;
			Future<String> second = visitors.submit(() -> asVisitor(this::visit));
			Thread waiting = await(() -> waitingVisitor());
			release.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("page 1");
			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("page 1");
			assertThat(waiting).isNotNull();
			assertThat(this.renderings).hasValue(1);
		}
		finally {
			release.countDown();
			visitors.shutdownNow();
		}
	}

	private <T> T asVisitor(Callable<T> visit) throws Exception {
		visitorWithoutLogin();
		try {
			return visit.call();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A pool thread parked in the page cache (waiting for the page another request renders), or {@code null}. */
	private static Thread waitingVisitor() {
		for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
			for (StackTraceElement frame : thread.getValue()) {
				if (frame.getMethodName().equals("awaitPage")) {
					return thread.getKey();
				}
			}
		}
		return null;
	}

	private static <T> T await(Supplier<T> condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < end) {
			T value = condition.get();
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("not within 10 s");
	}

	private void at(int seconds) {
		this.now.set(Duration.ofSeconds(seconds).toNanos());
	}

	private String visit() throws IOException, ServletException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/jobs/1-kept");
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.cache.doFilter(request, response, this::render);
		}
		finally {
			this.written = response.getContentAsString();
		}
		return this.written;
	}

	private void render(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
			throws IOException, ServletException {
		if (this.visitorPage) {
			request.setAttribute(PageCache.VISITOR_PAGE, Boolean.TRUE);
		}
		if (this.makeSession) {
			((jakarta.servlet.http.HttpServletRequest) request).getSession();
		}
		CountDownLatch held = this.hold;
		int page = this.renderings.incrementAndGet();
		if (held != null) {
			try {
				held.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.askMeanwhile) {
			this.askMeanwhile = false;
			this.meanwhile = visit();
		}
		((HttpServletResponse) response).setStatus(this.status);
		if (this.failure != null) {
			response.getWriter().write("half a page");
			throw this.failure;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("page " + page);
	}

}
