package ai.slope.candidates;

import java.util.List;

/**
 * A page of a candidate search.
 * @param total how many profiles match in all
 */
public record CandidateSearchResult(CandidateQuery query, List<CandidateHit> hits, long total) {

	public CandidateSearchResult {
		hits = List.copyOf(hits);
	}

	public int pages() {
		long reachable = Math.min(this.total, CandidateQuery.MAX_WINDOW);
		return (int) Math.max(1, (reachable + this.query.size() - 1) / this.query.size());
	}

}
