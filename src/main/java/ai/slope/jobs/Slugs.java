package ai.slope.jobs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes URL slugs from titles: lower-case words joined by hyphens. Latin letters lose their accents
 * ("Zürich" gives {@code zurich}); letters of other scripts are kept as they are, so a Chinese title gives a
 * Chinese slug ({@code /jobs/1363-高级机器学习工程师}, percent-encoded in links) that says what the page is, to
 * a reader and to a search engine (issue 17). A title with no letter or digit at all gives {@code job}.
 */
public final class Slugs {

	/** In code points, so a cut never splits a character. */
	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String text) {
		String decomposed = Normalizer.normalize((text == null) ? "" : text, Normalizer.Form.NFKD)
			.replaceAll("(?<=\\p{IsLatin})\\p{M}+", "");
		String slug = Normalizer.normalize(decomposed, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("(^-+)|(-+$)", "");
		if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) {
			String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
			String atWord = cut.replaceAll("-[^-]*$", "");
			slug = atWord.isEmpty() ? cut : atWord;
		}
		return slug.isEmpty() ? "job" : slug;
	}

	/**
	 * The path of a posting's page, its slug percent-encoded as UTF-8 ({@code /jobs/7-%E9%AB%98...}): the form
	 * a {@code Location} header, a canonical link and JSON-LD need. A slug holds only letters, digits and
	 * hyphens, so form encoding and path encoding agree on it.
	 */
	public static String path(long id, String slug) {
		return "/jobs/" + id + "-" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
	}

}
