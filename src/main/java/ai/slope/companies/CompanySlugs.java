package ai.slope.companies;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes a company's slug from its name: lower-case ASCII words joined by hyphens. A name without Latin
 * letters or digits (a Chinese name, say) gives an empty slug, for which the caller picks another.
 */
final class CompanySlugs {

	static final int MAX_LENGTH = 80;

	private CompanySlugs() {
	}

	static String of(String name) {
		String ascii = Normalizer.normalize((name == null) ? "" : name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+)|(-+$)", "");
		if (ascii.length() > MAX_LENGTH) {
			ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+[^-]*$", "");
		}
		return ascii;
	}

}
