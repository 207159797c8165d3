package ai.slope.salaries;

import java.util.List;

/**
 * A row an import did not store.
 *
 * @param rowNumber the row in the file as a spreadsheet numbers it (the header is row 1)
 * @param reasons reason codes, message {@code salaries.reason.<code>}
 * @param line the row’s values as read, as a CSV line
 */
public record ImportRejection(int rowNumber, List<String> reasons, String line) {

	/**
	 * The arguments of a reason code's message: the column of {@code missing-column:<column>}, the first and last
	 * year a {@code year} accepts. The code itself keeps no year, so the range is today's, the one the check uses.
	 */
	public static Object[] messageArguments(String code, java.time.Clock clock) {
		int colon = code.indexOf(':');
		if (colon >= 0) {
			return new Object[] { code.substring(colon + 1) };
		}
		if ("year".equals(code)) {
			return new Object[] { String.valueOf(SalaryInput.FIRST_YEAR), String.valueOf(SalaryInput.lastYear(clock)) };
		}
		return null;
	}

}
