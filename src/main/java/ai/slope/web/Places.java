package ai.slope.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Places in the reader's language: a city Slope knows (the bundle {@code i18n/cities}, the cities of the demo
 * data's countries) by its Chinese name for a Chinese reader, any other city, and every city in English, as it
 * was written, and the country by name
 * ({@link Countries}), as “San Francisco, United States” or “旧金山，美国”. Templates call it as
 * {@code @places.place(city, country, #locale)}.
 */
@Component("places")
public class Places {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final MessageSource messages;

	private final Countries countries;

	Places(MessageSource messages, Countries countries) {
		this.messages = messages;
		this.countries = countries;
	}

	/**
	 * A city's name in the reader's language when Slope knows the city and the language names it otherwise than
	 * English does (“苏黎世” for Zurich); otherwise as written (“Zürich” stays as its owner typed it).
	 */
	public String city(String city, Locale locale) {
		if (city == null || city.isBlank()) {
			return "";
		}
		String written = city.strip();
		String key = key(written);
		String translated = this.messages.getMessage(key, null, written, locale);
		String english = this.messages.getMessage(key, null, written, Locale.ENGLISH);
		return translated.equals(english) ? written : translated;
	}

	/**
	 * A city and a country (ISO code), either of which may be missing.
	 */
	public String place(String city, String country, Locale locale) {
		String cityName = city(city, locale);
		String countryName = (country == null || country.isBlank()) ? "" : this.countries.name(country, locale);
		if (cityName.isEmpty() || countryName.isEmpty()) {
			return cityName + countryName;
		}
		return this.messages.getMessage("place.city-country", new Object[] { cityName, countryName }, locale);
	}

	static String key(String city) {
		String plain = MARKS.matcher(Normalizer.normalize(city.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
			.replaceAll("");
		return "city." + SPACES.matcher(plain).replaceAll("-");
	}

}
