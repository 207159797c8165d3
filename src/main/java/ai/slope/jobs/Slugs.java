package ai.slope.jobs;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes URL slugs from titles: lower-case ASCII words joined by hyphens. Titles with no Latin letters
 * (a Chinese title, say) give {@code job}, since the id in the URL is what identifies a posting.
 */
public final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String text) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+)|(-+$)", "");
		if (ascii.length() > MAX_LENGTH) {
			ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return ascii.isEmpty() ? "job" : ascii;
	}

}
