package ai.slope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyword syntax of Slope's searches: words (all of them must match), {@code OR}, {@code AND}, {@code NOT},
 * quoted phrases and parentheses, as people type them, turned into Lucene's simple query syntax, which never
 * fails on a stray operator or an unclosed parenthesis. A plus sign that ends a word is part of the word
 * ({@code C++}, {@code Notepad++}), not an {@code AND}: it is escaped for the parser.
 */
public final class KeywordSyntax {

	private static final Pattern QUOTED_OR_PLAIN = Pattern.compile("\"[^\"]*\"?|[^\"]+");

	private static final Pattern WORD_OR_OPERATOR = Pattern
		.compile("\"[^\"]*\"?|[()]|-|[^\\s()\"|+-](?:\\\\\\+|[^\\s()\"|+])*");

	/** Plus signs right after a letter or digit (or another of them) and ending the word. */
	private static final Pattern WORD_PLUSES = Pattern.compile("(?<=[\\p{L}\\p{N}])\\++(?=[\\s)|\"]|$)");

	private KeywordSyntax() {
	}

	/**
	 * Turns the operators people type (OR, AND, NOT) into Lucene's simple query syntax (|, +, -), leaving
	 * quoted phrases and parentheses as they are and closing an unclosed phrase.
	 */
	public static String toSimpleQuerySyntax(String keywords) {
		StringBuilder out = new StringBuilder();
		Matcher parts = QUOTED_OR_PLAIN.matcher(keywords);
		while (parts.find()) {
			String part = parts.group();
			if (part.startsWith("\"")) {
				out.append(part.endsWith("\"") && part.length() > 1 ? part : part + "\"");
			}
			else {
				String plain = part.replaceAll("(?<=\\s|^|\\()OR(?=\\s|$|\\()", "|")
					.replaceAll("(?<=\\s|^|\\()AND(?=\\s|$|\\()", "+")
					.replaceAll("(?<=\\s|^|\\()NOT\\s*(?=\\S)", "-");
				out.append(WORD_PLUSES.matcher(plain).replaceAll(m -> m.group().replace("+", "\\\\+")));
			}
		}
		return out.toString();
	}

	/**
	 * The words and phrases of the keywords that a result may contain, in their order: everything but the
	 * operators and what follows a {@code NOT} or a minus (phrases without their quotes).
	 */
	public static List<String> positiveTerms(String keywords) {
		List<String> terms = new ArrayList<>();
		Matcher tokens = WORD_OR_OPERATOR.matcher(toSimpleQuerySyntax(keywords));
		boolean negated = false;
		// the depth of parentheses, and the depth at which an excluded group started (-1: none)
		int depth = 0;
		int excludedFrom = -1;
		while (tokens.find()) {
			String token = tokens.group();
			switch (token) {
				case "-" -> negated = true;
				case "(" -> {
					if (negated && excludedFrom < 0) {
						excludedFrom = depth;
					}
					depth++;
					negated = false;
				}
				case ")" -> {
					depth = Math.max(0, depth - 1);
					if (depth == excludedFrom) {
						excludedFrom = -1;
					}
					negated = false;
				}
				default -> {
					String term = token.startsWith("\"") ? token.replace("\"", "").strip() : token.replace("\\+", "+");
					if (!negated && excludedFrom < 0 && !term.isEmpty()) {
						terms.add(term);
					}
					negated = false;
				}
			}
		}
		return terms;
	}

}
