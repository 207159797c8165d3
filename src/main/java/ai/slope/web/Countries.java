package ai.slope.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 alpha-2 country codes and their names in the reader's language.
 */
@Component("countries")
public class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	public boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	public String name(String code, Locale locale) {
		if (!isKnown(code)) {
			return code;
		}
		return new Locale("", code).getDisplayCountry(locale);
	}

}
