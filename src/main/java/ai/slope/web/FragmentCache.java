package ai.slope.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Rendered fragments kept as HTML, so that the parts of a page that many requests share are rendered once: a
 * job card is the same on every search, role and company page that lists the posting, and a search's filter
 * column is the same for everyone who runs that search while its counts are the same. On the search page these
 * two were four fifths of the time spent rendering (docs/benchmarks.md, "Under load").
 * <p>
 * A template asks for it with {@code slope:cache} beside a {@code th:replace}, naming what the fragment shows:
 * <pre>{@code <div th:replace="~{jobs/fragments :: card(${job})}" slope:cache="${job}"></div>}</pre>
 * The fragment is looked up by its expression, the value of {@code slope:cache}, the template it is called from
 * and the page's language; a miss renders it as {@code th:replace} would and keeps the HTML. There is nothing to
 * forget: the key is what the fragment shows, compared by value (a record of the posting's fields, a search's
 * filters and counts), so a changed posting or count is a new key and its old HTML is simply never asked for
 * again. <strong>A cached fragment may use nothing but its key, its parameters and the language</strong>: no
 * signed-in person, CSRF token, time or other model variable; such a fragment must not be cached.
 * <p>
 * The HTML is held up to {@code slope.web.fragment-cache} (32 MB; each entry weighs two bytes a character) and
 * dropped ten minutes after its last use; {@code 0} switches the cache off, and {@code slope:cache} does nothing.
 */
@Component
public class FragmentCache extends AbstractProcessorDialect {

	/** Before the standard dialect's processors (1000), so that {@code slope:cache} runs before {@code th:replace}. */
	private static final int PRECEDENCE = StandardDialect.PROCESSOR_PRECEDENCE - 100;

	private final Cache<Key, String> html;

	FragmentCache(@Value("${slope.web.fragment-cache:32MB}") DataSize size) {
		super("Slope", "slope", PRECEDENCE);
		long bytes = size.toBytes();
		this.html = (bytes <= 0) ? null
				: Caffeine.newBuilder()
					.maximumWeight(bytes)
					.<Key, String>weigher((key, value) -> 64 + 2 * value.length())
					.expireAfterAccess(Duration.ofMinutes(10))
					.build();
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new CachedFragmentProcessor(dialectPrefix, this),
				new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
	}

	boolean enabled() {
		return this.html != null;
	}

	/**
	 * The kept HTML, or what {@code render} makes of it now. Two requests that miss at once both render (the same
	 * HTML); nothing waits for another's rendering, and a cached fragment may hold a cached fragment.
	 */
	String get(Key key, Supplier<String> render) {
		String kept = this.html.getIfPresent(key);
		if (kept == null) {
			kept = render.get();
			this.html.put(key, kept);
		}
		return kept;
	}

	/** How many fragments are kept; for tests. */
	long size() {
		if (this.html == null) {
			return 0;
		}
		this.html.cleanUp();
		return this.html.estimatedSize();
	}

	/**
	 * @param template the template the fragment is called from (a fragment expression may be relative to it)
	 * @param fragment the fragment expression, as written
	 * @param value what the fragment shows
	 */
	record Key(String template, String fragment, Object value, Locale locale) {
	}

}
