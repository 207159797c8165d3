package ai.slope.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the pages of a paged list: the current query with another {@code page} (counted from 1); the admin
 * pages show them with {@code admin/parts :: pagination}.
 * @param current the current page, from 1
 * @param count how many pages there are (at least 1)
 * @param previous the link to the page before, or null on the first
 * @param next the link to the page after, or null on the last
 * @param numbers links to the pages around the current one
 */
public record PageLinks(int current, int count, String previous, String next, List<Number> numbers) {

	private static final int AROUND = 3;

	public record Number(int number, String url, boolean current) {
	}

	public static PageLinks of(Page<?> page) {
		int current = page.getNumber() + 1;
		int count = Math.max(1, page.getTotalPages());
		List<Number> numbers = new ArrayList<>();
		for (int n = Math.max(1, current - AROUND); n <= Math.min(count, current + AROUND); n++) {
			numbers.add(new Number(n, url(n), n == current));
		}
		return new PageLinks(current, count, (current > 1) ? url(current - 1) : null,
				(current < count) ? url(current + 1) : null, numbers);
	}

	public boolean isPaged() {
		return this.count > 1;
	}

	private static String url(int page) {
		UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("continue")
			.replaceQueryParam("page", page);
		return builder.build().toUriString().replaceFirst("^https?://[^/]+", "");
	}

}
