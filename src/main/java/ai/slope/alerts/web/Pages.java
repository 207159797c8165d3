package ai.slope.alerts.web;

import org.springframework.data.domain.Page;

/**
 * Previous and next links of a paged list whose pages are {@code ?page=n} (from 1).
 *
 * @param current the page shown, from 1
 * @param count how many pages there are, at least 1
 */
record Pages(String path, int current, int count) {

	static Pages of(String path, Page<?> page) {
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

	String link(int page) {
		return (page <= 1) ? this.path : this.path + "?page=" + page;
	}

	/** Past any list's last page (500 saved jobs, 20 alerts); lower than the offsets a query can take. */
	static final int MAX_PAGE = 10_000;

	/**
	 * The page number in {@code ?page=}: 1 when missing or not a positive number, at most {@link #MAX_PAGE} (a
	 * page past the end is sent to the last one).
	 */
	static int number(String raw) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		try {
			return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(raw.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
