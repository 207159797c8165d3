-- When an import last showed progress: an import still RUNNING that has shown none for a while was stopped
-- with the instance that ran it (its own transaction rolled back), and is marked FAILED (SalaryImports).
alter table salary_import add column progress_at timestamptz;
update salary_import set progress_at = coalesce(finished_at, started_at);
alter table salary_import alter column progress_at set not null;
alter table salary_import alter column progress_at set default now();
