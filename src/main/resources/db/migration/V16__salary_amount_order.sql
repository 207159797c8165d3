-- The explorer's percentiles (percentile_cont) sort the amounts of a group. Read in amount order from an
-- index, they arrive sorted, and PostgreSQL's sort sees that in one pass instead of sorting (docs/salaries.md):
-- all approved, mapped records in amount order, and each role type's in amount order, with the columns the
-- explorer filters on, so that no table row is read.
create index salary_record_amounts on salary_record (amount_usd)
    include (role_type, experience_level, employee_residence, year, remote_ratio)
    where status = 'APPROVED' and role_type is not null;
create index salary_record_role_amounts on salary_record (role_type, amount_usd)
    include (experience_level, employee_residence, year, remote_ratio)
    where status = 'APPROVED';
-- the first and last year of approved, mapped records, read from the ends of an index
create index salary_record_years on salary_record (year) where status = 'APPROVED' and role_type is not null;
