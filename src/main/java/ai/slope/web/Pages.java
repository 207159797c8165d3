package ai.slope.web;

import org.springframework.data.domain.Page;

/**
 * Previous and next links of a paged list whose pages are {@code page=n} (from 1) in the query string; the
 * fragment {@code web/pages :: pages(pages)} shows them.
 *
 * @param path the list's address, with its other query parameters if any
 * @param current the page shown, from 1
 * @param count how many pages there are, at least 1
 */
public record Pages(String path, int current, int count) {

	public static Pages of(String path, Page<?> page) {
		return new Pages(path, page.getNumber() + 1, Math.max(1, page.getTotalPages()));
	}

	public boolean paged() {
		return this.count > 1;
	}

	public String previous() {
		return (this.current > 1) ? link(this.current - 1) : null;
	}

	public String next() {
		return (this.current < this.count) ? link(this.current + 1) : null;
	}

	public String link(int page) {
		if (page <= 1) {
			return this.path;
		}
		return this.path + (this.path.contains("?") ? "&" : "?") + "page=" + page;
	}

	/** Past any list's last page (500 saved jobs, 20 alerts); lower than the offsets a query can take. */
	public static final int MAX_PAGE = 10_000;

	/**
	 * The page number in {@code ?page=}: 1 when missing or not a positive number, at most {@link #MAX_PAGE} (a
	 * page past the end is sent to the last one).
	 */
	public static int number(String raw) {
		return number(raw, MAX_PAGE);
	}

	/**
	 * The page number in {@code ?page=}: 1 when missing or not a positive number, at most {@code last} (a page past
	 * the end is sent to the last one). The one page-number parser of the pages that are not bound to a
	 * {@link org.springframework.data.domain.Pageable}.
	 */
	public static int number(String raw, int last) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		try {
			Long number = InputConverters.wholeNumber(raw);
			return (int) Math.min(last, Math.max(1, number));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
