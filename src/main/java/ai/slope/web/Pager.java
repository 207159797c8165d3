package ai.slope.web;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The pager's links for {@code web/pages :: pager(page, url)}: a template that has a {@link Page} and the list's
 * address needs no controller to make {@link Pages} for it.
 */
@Component("pager")
public class Pager {

	public Pages of(String url, Page<?> page) {
		return Pages.of(url, page);
	}

}
