-- Blind first review (issue 18, docs/applications.md): a posting's pipeline may hide who its applicants are until
-- they pass Screening. The switch is the applications module's own, one row per posting that ever had it set.
create table blind_review (
    posting_id  bigint       primary key references job_posting (id) on delete cascade,
    enabled     boolean      not null,
    changed_by  bigint       references account (id) on delete set null,
    changed_at  timestamptz  not null
);

-- An identity shown before its time: by a recruiter (RECRUITER), by a move past Screening (STAGE) or by turning
-- blind review off while the applicant was hidden (TURNED_OFF). One per application: once shown, always shown.
create table blind_review_reveal (
    application_id  bigint       primary key references application (id) on delete cascade,
    reason          varchar(20)  not null,
    actor_id        bigint       references account (id) on delete set null,
    revealed_at     timestamptz  not null,
    constraint blind_review_reveal_reason check (reason in ('RECRUITER', 'STAGE', 'TURNED_OFF'))
);
