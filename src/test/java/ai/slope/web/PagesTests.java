package ai.slope.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one pager's links: page 1 is the list's own address, the others add {@code page=n} to its query, and the
 * numbers reach three pages either side of the current one.
 */
class PagesTests {

	@Test
	void linksKeepTheListsOtherParametersAndPageOneIsTheListItself() {
		Pages pages = new Pages("/admin/users?q=ada", 2, 9);
		assertThat(pages.previous()).isEqualTo("/admin/users?q=ada");
		assertThat(pages.next()).isEqualTo("/admin/users?q=ada&page=3");
		assertThat(new Pages("/saved", 1, 2).next()).isEqualTo("/saved?page=2");
		assertThat(new Pages("/saved", 1, 2).previous()).isNull();
		assertThat(new Pages("/saved", 2, 2).next()).isNull();
	}

	@Test
	void theNumbersReachThreePagesEitherSide() {
		assertThat(new Pages("/l", 5, 20).numbers()).extracting(Pages.Number::number)
			.containsExactly(2, 3, 4, 5, 6, 7, 8);
		assertThat(new Pages("/l", 1, 2).numbers()).extracting(Pages.Number::current).containsExactly(true, false);
		assertThat(new Pages("/l", 1, 1).isPaged()).isFalse();
	}

	@Test
	void aPageNumberIsClampedNeverRefused() {
		assertThat(Pages.number(null)).isEqualTo(1);
		assertThat(Pages.number("x")).isEqualTo(1);
		assertThat(Pages.number("-3")).isEqualTo(1);
		assertThat(Pages.number(" 1,200 ")).isEqualTo(1200);
		assertThat(Pages.number("99999999999")).isEqualTo(Pages.MAX_PAGE);
		assertThat(Pages.number("99999999999999999999")).isEqualTo(1);
		assertThat(Pages.number("7", 5)).isEqualTo(5);
		assertThat(Pages.number(",")).isEqualTo(1);
	}

}
