package ai.slope.web;

import java.util.List;

/**
 * Lines that a module adds below the address in the start-up banner, such as the demo logins.
 */
public interface BannerLines {

	List<String> lines();

}
