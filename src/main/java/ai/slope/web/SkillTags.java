package ai.slope.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a skill as someone types it into a tag, so that one skill is one tag however it is spelled:
 * “PyTorch”, “pytorch”, “Py-Torch” and “py torch” are all {@code pytorch}. The rules, in order:
 * <ol>
 * <li>Unicode NFKC, so that full-width letters (“ＰｙＴｏｒｃｈ”) are the ordinary ones; then lower case (in no
 * particular locale, so “I” is “i” for everyone).</li>
 * <li>Letters and digits of any script are kept (“机器学习” stays as it is).</li>
 * <li>{@code +} and {@code #} are kept after a letter, digit or another of them, where they name a language:
 * “C++”, “C#”, “F#” and “Notepad++” stay apart from “C” and “F”. Before a name they are dropped, so “#PyTorch”
 * is {@code pytorch}.</li>
 * <li>A dot is kept at the start before a letter (“.NET” is {@code .net}, not {@code net}) and between two
 * digits, so that versions stay apart (“Python 3.11” is {@code python3.11}, “Python 311” is {@code python311}).
 * Any other dot goes: “Node.js” and “NodeJS” are both {@code nodejs}, “ASP.NET” is {@code aspnet}.</li>
 * <li>Everything else is a separator and goes: spaces, hyphens, underscores, slashes, brackets, quotes.</li>
 * </ol>
 * A tag needs at least one letter or digit and at most {@value #MAX_LENGTH} characters. The display form is
 * what was typed, with its spaces tidied. Profiles and postings follow the same rule: one skill per tag, shown
 * as it was first written.
 */
public final class SkillTags {

	public static final int MAX_LENGTH = 40;

	/** Between skills in the one field of the form: commas, semicolons and new lines, Chinese ones too. */
	private static final Pattern SEPARATORS = Pattern.compile("[,;，；、\\r\\n]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * A skill: its tag (what is compared and searched) and how its owner wrote it.
	 */
	public record Skill(String tag, String display) {
	}

	private SkillTags() {
	}

	/**
	 * The tag of a skill as typed; empty when nothing of it is left.
	 */
	public static String tag(String typed) {
		if (typed == null) {
			return "";
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		int[] points = text.codePoints().toArray();
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			int c = points[i];
			int next = (i + 1 < points.length) ? points[i + 1] : -1;
			if (Character.isLetterOrDigit(c)) {
				tag.appendCodePoint(c);
			}
			else if ((c == '+' || c == '#') && !tag.isEmpty() && keepsSymbolAfter(tag.codePointBefore(tag.length()))) {
				tag.appendCodePoint(c);
			}
			else if (c == '.' && tag.isEmpty() && next != -1 && Character.isLetter(next)) {
				tag.append('.');
			}
			else if (c == '.' && !tag.isEmpty() && Character.isDigit(tag.codePointBefore(tag.length())) && next != -1
					&& Character.isDigit(next)) {
				tag.append('.');
			}
		}
		return tag.codePoints().anyMatch(Character::isLetterOrDigit) ? tag.toString() : "";
	}

	private static boolean keepsSymbolAfter(int previous) {
		return Character.isLetterOrDigit(previous) || previous == '+' || previous == '#';
	}

	/**
	 * How a typed skill is shown: stripped, with each run of spaces one space.
	 */
	public static String display(String typed) {
		return (typed == null) ? "" : SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/**
	 * Skills as typed, one per tag, each shown as it was first written (tidied); those without a tag are left
	 * out. “PyTorch, py-torch, C, C++” is “PyTorch, C, C++”.
	 */
	public static List<String> distinct(List<String> typed) {
		Map<String, String> byTag = new LinkedHashMap<>();
		if (typed != null) {
			for (String skill : typed) {
				String tag = tag(skill);
				if (!tag.isEmpty()) {
					byTag.putIfAbsent(tag, display(skill));
				}
			}
		}
		return List.copyOf(byTag.values());
	}

	/**
	 * The skills in a text that lists them with commas, semicolons or new lines, as typed (not yet checked).
	 */
	public static List<String> split(String text) {
		List<String> skills = new ArrayList<>();
		if (text == null) {
			return skills;
		}
		for (String piece : SEPARATORS.split(text)) {
			String skill = display(piece);
			if (!skill.isEmpty()) {
				skills.add(skill);
			}
		}
		return skills;
	}

}
