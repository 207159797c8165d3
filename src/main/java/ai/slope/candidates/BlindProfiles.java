package ai.slope.candidates;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ai.slope.system.SigningKeys;

/**
 * What a blind review shows of a candidate (docs/applications.md, "Blind first review"): an alias instead of the
 * name, and their own words without their name and contact details.
 * <p>
 * The <b>alias</b> is six characters of Crockford's base 32 ("Candidate 4F2K9X") taken from an HMAC-SHA256 of the
 * application's id (in a pipeline) or of the account's id (in the candidate search), under a key kept by the server:
 * the same for an application on every page and every instance, and no one without the key can tell from it which
 * account it stands for, or work one out from an id. The key ({@link SigningKeys}, name {@value #KEY_NAME}) is
 * {@code SLOPE_BLIND_SECRET} when set (at least 32 characters); otherwise one stored in the database for every
 * instance. Changing it changes every alias.
 */
@Component
public class BlindProfiles {

	static final String KEY_NAME = "candidate-alias";

	/** The characters of an alias: Crockford's base 32, without I, L, O and U, which people misread. */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	static final int ALIAS_LENGTH = 6;

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");

	private static final Pattern LINK = Pattern.compile(
			"(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|io|ai|dev|cn|me|co|edu|info)(?:/\\S*)?");

	/** Digits with the spaces, dots, dashes and brackets phone numbers are written with (nine digits or more). */
	private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{6,}\\d");

	private static final int PHONE_DIGITS = 9;

	private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.-]{2,}");

	private final SigningKeys.Key key;

	BlindProfiles(SigningKeys keys, @Value("${slope.blind.secret:}") String secret) {
		this.key = keys.key(KEY_NAME, secret, "SLOPE_BLIND_SECRET (slope.blind.secret)");
	}

	/**
	 * The alias of an application in its posting's blind pipeline, such as {@code 4F2K9X} (pages write it as
	 * "Candidate 4F2K9X", {@code candidates.blind.alias}).
	 */
	public String applicationAlias(long applicationId) {
		return alias("application", applicationId);
	}

	/**
	 * The alias of a candidate in a blind candidate search and on their page opened from it.
	 */
	public String candidateAlias(long accountId) {
		return alias("candidate", accountId);
	}

	private String alias(String kind, long id) {
		byte[] digest = this.key.sign(KEY_NAME + ":" + kind + ":" + id);
		long bits = ByteBuffer.wrap(digest).getLong();
		char[] alias = new char[ALIAS_LENGTH];
		for (int i = 0; i < ALIAS_LENGTH; i++) {
			alias[i] = ALPHABET[(int) (bits >>> (59 - 5 * i)) & 31];
		}
		return new String(alias);
	}

	/**
	 * A profile's summary as a blind review shows it: the headline without the name and contact details (see
	 * {@link #redact}), no city (the country stays), no links at all (every one of them leads to the person), no
	 * résumé; skills, wants, years and the publications' figures stay.
	 * @param name the owner's display name, to take out of the headline
	 */
	public static ProfileSummary blind(ProfileSummary p, String name) {
		return new ProfileSummary(p.accountId(), redact(p.headline(), name), p.country(), "", p.openToRemote(),
				p.openToRelocation(), p.yearsOfExperience(), p.wantedRoleTypeIds(), p.wantedSeniorities(),
				p.minimumSalary(), p.salaryCurrency(), p.skills(), p.skillTags(), Map.of(), p.publications(), false,
				p.discoverable(), p.completenessPercent());
	}

	/**
	 * Text the candidate wrote (a headline, a summary, a cover note) without what identifies them at a glance:
	 * their name and each part of it of two letters or more (in any case, and in ASCII or full-width
	 * forms) becomes "[name]", e-mail addresses "[e-mail]", web addresses "[link]", @handles "[handle]" and phone
	 * numbers "[phone]". It cannot find everything a person may write about themselves (a nickname, a signature
	 * with initials), which docs/applications.md says.
	 * @param name the display name, or null
	 */
	public static String redact(String text, String name) {
		if (text == null || text.isEmpty()) {
			return (text == null) ? "" : text;
		}
		String redacted = EMAIL.matcher(text).replaceAll("[e-mail]");
		redacted = LINK.matcher(redacted).replaceAll("[link]");
		redacted = HANDLE.matcher(redacted).replaceAll("[handle]");
		redacted = PHONE.matcher(redacted)
			.replaceAll(match -> (match.group().chars().filter(Character::isDigit).count() >= PHONE_DIGITS)
					? "[phone]" : Matcher.quoteReplacement(match.group()));
		for (String part : nameParts(name)) {
			Matcher matcher = Pattern
				.compile("(?<![\\p{L}\\p{N}])" + anyWidth(part) + "(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(redacted);
			redacted = matcher.replaceAll("[name]");
			if (isHan(part)) {
				// Chinese is written without spaces: the name goes wherever it stands
				redacted = redacted.replace(part, "[name]");
			}
		}
		return redacted;
	}

	/**
	 * A pattern for the text written in ASCII or in full-width forms (Ａｄａ for Ada), the rest of the text left as it
	 * is written.
	 */
	private static String anyWidth(String part) {
		StringBuilder pattern = new StringBuilder();
		part.codePoints().forEach(c -> {
			if (c > 0x20 && c < 0x7F) {
				pattern.append("(?:").append(Pattern.quote(Character.toString(c))).append('|')
					.append(Pattern.quote(Character.toString(c + 0xFEE0))).append(')');
			}
			else {
				pattern.append(Pattern.quote(Character.toString(c)));
			}
		});
		return pattern.toString();
	}

	/** The whole name first, then its parts of two or more characters, longest first. */
	static List<String> nameParts(String name) {
		List<String> parts = new ArrayList<>();
		if (name == null || name.isBlank()) {
			return parts;
		}
		String whole = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
		parts.add(whole);
		for (String part : whole.split("[\\s\\p{Punct}·・]+")) {
			// a part without a letter ("Person 12") is no name to take out of the text
			if (part.codePointCount(0, part.length()) >= 2 && part.codePoints().anyMatch(Character::isLetter)
					&& !parts.contains(part)) {
				parts.add(part);
			}
		}
		if (isHan(whole) && whole.codePointCount(0, whole.length()) >= 3) {
			// a Chinese name without its one-character family name: 张伟明 is also written 伟明
			parts.add(whole.substring(whole.offsetByCodePoints(0, 1)));
		}
		parts.sort(Comparator.comparingInt(String::length).reversed());
		return parts;
	}

	private static boolean isHan(String text) {
		return !text.isEmpty() && text.codePoints()
			.allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
