package ai.slope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a paged list whose pages are {@code page=n} (from 1) in the query string: previous, next and the
 * pages around the current one. The one pager of Slope's lists, {@code web/pages :: pages(pages)}, shows them;
 * {@code web/pages :: pager(page, url)} makes them from a {@link Page} and the list's address.
 *
 * @param path the list's address, with its other query parameters if any
 * @param current the page shown, from 1
 * @param count how many pages there are, at least 1
 */
public record Pages(String path, int current, int count, IntFunction<String> links) {

	/**
	 * The pages of a list at {@code path}, each page's link the path with {@code page=n} added.
	 */
	public Pages(String path, int current, int count) {
		this(path, current, count, null);
	}

	/**
	 * The pages of a list whose links another class writes, such as a search that keeps its query in a canonical
	 * order around the page number ({@code links} gives page n's link, page 1's included).
	 */
	public static Pages linkedBy(IntFunction<String> links, int current, int count) {
		return new Pages(links.apply(1), current, count, links);
	}


	/** How many page numbers are linked on each side of the current one. */
	private static final int AROUND = 3;

	public static Pages of(String path, Page<?> page) {
		return new Pages(path, page.getNumber() + 1, Math.max(1, page.getTotalPages()));
	}

	/**
	 * The pages of a list at the address of the current request, with its query parameters but {@code page} (and
	 * {@code continue}, which Spring Security adds after a login).
	 */
	public static Pages ofCurrentRequest(Page<?> page) {
		UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("continue")
			.replaceQueryParam("page");
		String path = builder.build().toUriString().replaceFirst("^https?://[^/]+", "");
		return of(path, page);
	}

	public boolean isPaged() {
		return this.count > 1;
	}

	/** The pages around the current one, each with its link. */
	public List<Number> numbers() {
		List<Number> numbers = new ArrayList<>();
		for (int n = Math.max(1, this.current - AROUND); n <= Math.min(this.count, this.current + AROUND); n++) {
			numbers.add(new Number(n, link(n), n == this.current));
		}
		return numbers;
	}

	/**
	 * A page number and its link.
	 */
	public record Number(int number, String link, boolean current) {
	}

	public String previous() {
		return (this.current > 1) ? link(this.current - 1) : null;
	}

	public String next() {
		return (this.current < this.count) ? link(this.current + 1) : null;
	}

	public String link(int page) {
		if (this.links != null) {
			return this.links.apply(Math.max(1, page));
		}
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
	 * The page number in {@code ?page=} where a page that is not there is not found rather than another page (a
	 * seeker's applications, a posting's applicants).
	 * @throws PageNotFoundException for anything but a number from 1 to 100,000
	 */
	public static int existing(String raw) {
		if (raw == null || !raw.matches("\\d{1,6}")) {
			throw new PageNotFoundException();
		}
		int number = Integer.parseInt(raw);
		if (number < 1 || number > 100_000) {
			throw new PageNotFoundException();
		}
		return number;
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
