-- The top venue a publication's free-text venue matched (candidates.VenueMatcher, docs/signals.md), stored so that
-- the recruiter search can filter on top-venue papers from its index. Set when the publication is saved and matched
-- again for every publication when an admin adds, changes or deletes a venue (TopVenues.rematch); Slope fills it for
-- the publications already stored at its first start after this migration (matching is Java's, not SQL's).
alter table candidate_publication
    add column top_venue_id bigint references top_venue (id) on delete set null;
create index candidate_publication_top_venue on candidate_publication (top_venue_id) where top_venue_id is not null;
