-- The admin pages list the audit entries of one thing (an account's history, a posting's decisions), newest
-- first; without this index each such list reads the whole log.
create index audit_log_target on audit_log (target_type, target_id, at desc);
