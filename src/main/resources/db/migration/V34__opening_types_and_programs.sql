-- Issue 18: every opening has a type. A job is what every posting was until now; the others are programs
-- (internship, residency, fellowship, career-switch program), which add a cohort, a length, an application
-- deadline, whether one-to-one mentoring is included, whether prior AI/ML experience is required, and who may
-- apply (Markdown, sanitised like descriptions). A job has none of the program's terms.
alter table job_posting
    add column opening_type           varchar(20) not null default 'JOB',
    add column cohort_start           date,
    add column program_length         integer,
    add column program_length_unit    varchar(10),
    add column application_deadline   date,
    add column mentoring              boolean     not null default false,
    add column ai_experience_required boolean     not null default true,
    add column eligibility            text,
    add constraint job_posting_opening_type
        check (opening_type in ('JOB', 'INTERNSHIP', 'RESIDENCY', 'FELLOWSHIP', 'CAREER_SWITCH')),
    add constraint job_posting_program_length
        check ((program_length is null) = (program_length_unit is null)
            and (program_length is null or program_length between 1 and 520)
            and (program_length_unit is null or program_length_unit in ('WEEKS', 'MONTHS'))),
    add constraint job_posting_program_deadline
        check (opening_type = 'JOB' or application_deadline is not null),
    add constraint job_posting_job_has_no_program_terms
        check (opening_type <> 'JOB' or (cohort_start is null and program_length is null
            and application_deadline is null and not mentoring and ai_experience_required and eligibility is null)),
    add constraint job_posting_cohort_after_deadline
        check (cohort_start is null or application_deadline is null or cohort_start >= application_deadline);
