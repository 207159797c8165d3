package ai.slope.web;

/**
 * Cells of CSV files that people open in spreadsheets (exports, import reports).
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/**
	 * The value as a spreadsheet will show it and never run it: a value that begins with {@code =}, {@code +},
	 * {@code -}, {@code @}, a tab or a carriage return (what spreadsheets take as the start of a formula) gets a
	 * leading apostrophe, which they show as text. Everything else is left as it is.
	 */
	public static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
