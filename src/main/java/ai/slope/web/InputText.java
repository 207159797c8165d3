package ai.slope.web;

/**
 * The rules for characters in what people send: which are refused everywhere, and how single-line values
 * (names, titles) and uploaded file names are cleaned. PostgreSQL cannot store NUL in text, control
 * characters have no place in a form, and line breaks or bidirectional controls in a name forge lines in mails
 * and logs or make {@code cv\u202Egpj.exe} read as "cvexe.jpg".
 */
public final class InputText {

	private InputText() {
	}

	/**
	 * Whether a character is refused in any text sent to Slope: the C0 controls but tab, line feed and carriage
	 * return, DEL, and the C1 controls.
	 */
	public static boolean isRefused(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	/**
	 * Whether the text holds a refused character (see {@link #isRefused(char)}); null holds none.
	 */
	public static boolean hasRefused(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isRefused(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a character changes the direction of the text around it: the embeddings, overrides and isolates
	 * (U+202A–U+202E, U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
	 */
	public static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
				|| c == '\u200F' || c == '\u061C';
	}

	/**
	 * A value that must stay on one line (a name, a title, an email): line breaks and tabs become spaces,
	 * bidirectional controls and refused characters go. Null stays null.
	 */
	public static String singleLine(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
				if (clean.isEmpty() || clean.charAt(clean.length() - 1) != ' ') {
					clean.append(' ');
				}
			}
			else if (!isRefused(c) && !isBidiControl(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	/**
	 * An uploaded file's name as it is kept and shown: {@link #singleLine(String)}, with no control character
	 * at all. Null stays null.
	 */
	public static String fileName(String name) {
		return singleLine(name);
	}

}
