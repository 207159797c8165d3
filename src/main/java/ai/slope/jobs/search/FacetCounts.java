package ai.slope.jobs.search;

import ai.slope.jobs.Facets;

/**
 * A search's total and facet counts, counted by the {@link FacetCounter} or read from OpenSearch's aggregations.
 */
public record FacetCounts(long total, Facets facets) {
}
