package ai.slope.candidates.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The countries a seeker can live in, named and sorted in the reader's language.
 */
final class CountryChoices {

	record Country(String code, String name) {
	}

	private CountryChoices() {
	}

	static List<Country> in(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Stream.of(Locale.getISOCountries())
			.map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

}
