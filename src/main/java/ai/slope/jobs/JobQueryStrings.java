package ai.slope.jobs;

import java.util.Optional;

/**
 * Searches as the {@code /jobs} page writes them in its URL, for modules that keep a search to run it again
 * later (a saved alert). The rules are the search page's own, so a kept search means what the page showed.
 */
public interface JobQueryStrings {

	/**
	 * The search a {@code /jobs} query string asks for, on page 1 in the default order (page, size and order
	 * are left out); empty when any value is not acceptable (an unknown role type, a bad number).
	 */
	Optional<JobQuery> parse(String queryString);

	/**
	 * The canonical query string of a search, without page, size and order, as the page links write it
	 * ({@code q=pytorch&role=ml-engineer}); empty for the search of all postings.
	 */
	String format(JobQuery query);

}
