package ai.slope.roles;

import java.util.Locale;

/**
 * Picks the Chinese or English text of bilingual content.
 */
final class Languages {

	private Languages() {
	}

	static String pick(Locale locale, String english, String chinese) {
		return (locale != null && "zh".equals(locale.getLanguage())) ? chinese : english;
	}

}
