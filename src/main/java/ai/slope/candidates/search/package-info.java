/**
 * The candidate search index's plumbing: which profiles it holds, and its rebuild at start-up.
 */
package ai.slope.candidates.search;
