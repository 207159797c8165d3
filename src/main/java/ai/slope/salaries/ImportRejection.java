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
}
