package ai.slope.candidates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a publication's venue, as its owner typed it, against the top venues. Both sides are reduced to a key
 * first ({@link #key}): lower case, punctuation as spaces, “&amp;” as “and”, without years (“2023”, “'23”,
 * “ICML2023”), volume numbers and ordinals (“40th”), without a leading “Proceedings of the” and without the
 * publishers' names IEEE, ACM, CVF and USENIX. The venue matches when its key, the key of what it has in
 * parentheses or the key of what is outside them is the key of a venue's acronym, full name or an alias. So
 * “NeurIPS 2023”, “Advances in Neural Information Processing Systems 36” and “nips” are NeurIPS, and
 * “Proceedings of the 40th International Conference on Machine Learning (ICML 2023)” is ICML; “NeurIPS 2023
 * Workshop on Robustness”, “Findings of EMNLP” and “Nature Machine Intelligence” are not a top venue, and stay
 * free text.
 */
public final class VenueMatcher {

	/**
	 * The version of the rules above. Raise it with every change to {@link #key} or to what matches: the stored
	 * matches of every publication are made again at the next start ({@code VenueMatches}).
	 */
	public static final int RULES_VERSION = 1;

	private static final Pattern PARENTHESES = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");

	private static final Pattern YEAR_SUFFIX = Pattern.compile("^([a-z]+)(?:19|20)\\d\\d$");

	private static final Pattern NUMBER_OR_ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)?");

	private static final Set<String> PUBLISHERS = Set.of("ieee", "acm", "cvf", "usenix");

	private final Map<String, TopVenue> byKey = new LinkedHashMap<>();

	/**
	 * @param venues the venues in the order they win a key that two of them share
	 */
	public VenueMatcher(List<TopVenue> venues) {
		for (TopVenue venue : venues) {
			for (String name : names(venue)) {
				String key = key(name);
				if (!key.isEmpty()) {
					this.byKey.putIfAbsent(key, venue);
				}
			}
		}
	}

	/** The acronym, the full name and the aliases. */
	static List<String> names(TopVenue venue) {
		List<String> names = new ArrayList<>();
		names.add(venue.getAcronym());
		names.add(venue.getFullName());
		names.addAll(venue.getAliases());
		return names;
	}

	/**
	 * The top venue the typed venue names, if any.
	 */
	public Optional<TopVenue> match(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		for (String candidate : candidates(typed)) {
			TopVenue venue = this.byKey.get(key(candidate));
			if (venue != null) {
				return Optional.of(venue);
			}
		}
		return Optional.empty();
	}

	/** The venue that already holds the key of this name, if any. */
	Optional<TopVenue> holder(String name) {
		return Optional.ofNullable(this.byKey.get(key(name)));
	}

	private static List<String> candidates(String typed) {
		List<String> candidates = new ArrayList<>();
		candidates.add(typed);
		Matcher inside = PARENTHESES.matcher(typed);
		while (inside.find()) {
			candidates.add(inside.group(1));
		}
		String outside = PARENTHESES.matcher(typed).replaceAll(" ");
		if (!outside.equals(typed)) {
			candidates.add(outside);
		}
		return candidates;
	}

	/**
	 * The name reduced to what matching compares.
	 */
	static String key(String name) {
		String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("&", " and ");
		List<String> words = new ArrayList<>();
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty() || NUMBER_OR_ORDINAL.matcher(word).matches() || PUBLISHERS.contains(word)) {
				continue;
			}
			Matcher year = YEAR_SUFFIX.matcher(word);
			words.add(year.matches() ? year.group(1) : word);
		}
		if (words.size() > 2 && words.get(0).equals("proceedings") && words.get(1).equals("of")) {
			words = words.subList(words.get(2).equals("the") ? 3 : 2, words.size());
		}
		else if (words.size() > 1 && words.get(0).equals("the")) {
			words = words.subList(1, words.size());
		}
		return String.join(" ", words);
	}

}
