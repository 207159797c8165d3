package ai.slope.jobs;

import java.util.List;

/**
 * One page of search results with the total and the filter counts.
 *
 * @param correctedFrom when the keywords as typed found nothing and a spelling correction did, the keywords
 * as typed; the results are then those of {@code query}'s corrected keywords
 */
public record JobSearchResult(JobQuery query, List<JobSummary> hits, long total, Facets facets,
		String correctedFrom) {

	public int totalPages() {
		return (int) Math.min((this.total + this.query.size() - 1) / this.query.size(),
				JobQuery.MAX_WINDOW / this.query.size());
	}

	public boolean isPastLastPage() {
		return this.query.page() > Math.max(1, totalPages());
	}

	public boolean hasPrevious() {
		return this.query.page() > 1;
	}

	public boolean hasNext() {
		return this.query.page() < totalPages();
	}

}
