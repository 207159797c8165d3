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

	/**
	 * Whether {@code ?page=} asked for a page after the last one.
	 */
	boolean pastTheEnd() {
		return this.current > this.count;
	}

	/**
	 * The page number in {@code ?page=}: 1 when missing or not a positive number.
	 */
	static int number(String raw) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(raw.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
