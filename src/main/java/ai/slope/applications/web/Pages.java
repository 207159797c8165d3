package ai.slope.applications.web;

import ai.slope.web.PageNotFoundException;

/**
 * Page numbers from the address, from 1.
 */
final class Pages {

	private Pages() {
	}

	/**
	 * @throws PageNotFoundException for anything but a number from 1 to 100,000
	 */
	static int number(String page) {
		if (page == null || !page.matches("\\d{1,6}")) {
			throw new PageNotFoundException();
		}
		int number = Integer.parseInt(page);
		if (number < 1 || number > 100_000) {
			throw new PageNotFoundException();
		}
		return number;
	}

}
