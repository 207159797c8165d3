-- Which version of candidates.VenueMatcher's rules the stored matches of publications (V36) were made with. At
-- start-up Slope matches every publication again only when its rules are of another version (0: never matched,
-- as right after V36), so a normal start reads one row instead of every publication.
create table venue_matching (
    singleton      boolean  primary key default true check (singleton),
    rules_version  integer  not null
);
insert into venue_matching (rules_version) values (0);
