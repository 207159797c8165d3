package ai.slope.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 alpha-2 country codes and their names in the reader's language: the one list of countries every
 * form offers, so a posting, a profile and a company name the same places.
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

	/**
	 * Every country, named and sorted in the reader's language, for a form's list.
	 */
	public List<Choice> choices(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Stream.of(Locale.getISOCountries())
			.map(code -> Choice.of(code, name(code, locale)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}


}
