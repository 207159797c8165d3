package ai.slope.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ai.slope.web.InputProblem;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (what
 * BCrypt reads), not one of the common passwords in {@code accounts/common-passwords.txt}, not a single
 * repeated character, not the account's email, and not easily guessed: zxcvbn (Dropbox's estimator, in
 * nulab's Java port) must score it at least {@value #MIN_SCORE} of 4, that is, more than about 10^8 guesses,
 * counting repeats ("aaaaaaaaab"), sequences ("abcabcabcabc"), keyboard rows, dictionary words with numbers
 * and dates, and the parts of the email and "slope". The length and list checks come first, since their
 * messages say more precisely what is wrong.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	/** zxcvbn's "safely unguessable" score: about 10^8 guesses or more. */
	static final int MIN_SCORE = 3;

	static final String COMMON_PASSWORDS = "accounts/common-passwords.txt";

	private final Set<String> common;

	/** Thread-safe once built; building it loads the dictionaries, so there is one. */
	private final Zxcvbn estimator = new Zxcvbn();

	PasswordPolicy() {
		this.common = readCommonPasswords();
	}

	/**
	 * The first rule the password breaks, if any.
	 * @param password the password as typed
	 * @param email the account's email, or null when not known yet
	 */
	public Optional<InputProblem> check(String password, String email) {
		return check("password", password, email);
	}

	Optional<InputProblem> check(String field, String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of(InputProblem.of(field, "accounts.error.password.required"));
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(InputProblem.of(field, "accounts.error.password.too-short", MIN_LENGTH));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(InputProblem.of(field, "accounts.error.password.too-long", MAX_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.codePoints().distinct().count() == 1) {
			return Optional.of(InputProblem.of(field, "accounts.error.password.common"));
		}
		List<String> userInputs = new ArrayList<>(List.of("slope"));
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			int at = address.indexOf('@');
			if (lower.equals(address) || (at > 0 && lower.equals(address.substring(0, at)))) {
				return Optional.of(InputProblem.of(field, "accounts.error.password.like-email"));
			}
			userInputs.add(address);
			userInputs.addAll(List.of(address.split("[@.+_-]")));
		}
		if (this.estimator.measure(password, userInputs).getScore() < MIN_SCORE) {
			return Optional.of(InputProblem.of(field, "accounts.error.password.weak"));
		}
		return Optional.empty();
	}

	boolean isCommon(String password) {
		return this.common.contains(password.toLowerCase(Locale.ROOT));
	}

	int commonPasswordCount() {
		return this.common.size();
	}

	private static Set<String> readCommonPasswords() {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + COMMON_PASSWORDS, ex);
		}
		return Set.copyOf(passwords);
	}

}
