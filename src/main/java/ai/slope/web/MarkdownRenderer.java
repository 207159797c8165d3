package ai.slope.web;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Renders Markdown written by recruiters to HTML that is safe to show: raw HTML in the Markdown is escaped,
 * unsafe link schemes are dropped, and the result passes an allow-list sanitiser as well, so no script,
 * event handler or {@code javascript:} link from a posting ever reaches a page.
 * <p>
 * A posting's page shows its description on every view, and parsing and sanitising it was a fifth of the page's
 * time: what was rendered is kept (up to about 16 MB, an hour after its last use), under the Markdown itself, so an
 * edited description is simply another key.
 */
@Component
public class MarkdownRenderer {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("https", "http", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
			.allowElements("pre", "code", "hr")
			.toFactory());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	private final Cache<Rendering, String> rendered = Caffeine.newBuilder()
		.maximumWeight(16L * 1024 * 1024)
		.<Rendering, String>weigher((key, value) -> 2 * (key.markdown().length() + value.length()))
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	public String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return this.rendered.get(new Rendering(markdown, -1),
				(key) -> POLICY.sanitize(this.renderer.render(this.parser.parse(markdown))));
	}

	/**
	 * The text of the Markdown without any markup, for summaries, feeds and meta descriptions.
	 */
	public String toPlainText(String markdown, int maxLength) {
		return this.rendered.get(new Rendering((markdown != null) ? markdown : "", maxLength),
				(key) -> plainText(key.markdown(), maxLength));
	}

	private String plainText(String markdown, int maxLength) {
		String text = this.textRenderer.render(this.parser.parse(markdown))
			.replaceAll("\\s+", " ")
			.strip();
		return (text.length() <= maxLength) ? text : text.substring(0, maxLength - 1).strip() + "…";
	}

	/**
	 * @param plainTextLength the length of a plain text, or -1 for the safe HTML
	 */
	private record Rendering(String markdown, int plainTextLength) {
	}

}
