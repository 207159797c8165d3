package ai.slope.salaries;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A rule that maps job titles to a role type, or marks them out of scope (not an AI role).
 *
 * @param kind an exact title, or a pattern in which {@code *} stands for any text
 * @param title the title or pattern as the admin typed it; matching ignores case and extra spaces
 * @param roleType the role type’s slug, or null for out of scope
 */
public record TitleRule(long id, Kind kind, String title, String roleType, Instant createdAt) {

	public enum Kind {

		EXACT, PATTERN;

		public String messageKey() {
			return "salaries.rules.kind." + name();
		}

	}

	public boolean isOutOfScope() {
		return this.roleType == null;
	}

	/**
	 * A title as rules compare it: spaces trimmed and collapsed, lower case.
	 */
	static String normalise(String title) {
		return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	boolean matches(String normalisedTitle) {
		if (this.kind == Kind.EXACT) {
			return normalise(this.title).equals(normalisedTitle);
		}
		return regex().matcher(normalisedTitle).matches();
	}

	/**
	 * How specific a rule is: an exact rule beats every pattern; among patterns, the one with more letters
	 * besides the stars.
	 */
	int specificity() {
		return (this.kind == Kind.EXACT) ? Integer.MAX_VALUE : normalise(this.title).replace("*", "").length();
	}

	private Pattern regex() {
		return Pattern.compile(java.util.Arrays.stream(normalise(this.title).split("\\*", -1))
			.map(Pattern::quote)
			.collect(java.util.stream.Collectors.joining(".*")), Pattern.DOTALL);
	}

}
