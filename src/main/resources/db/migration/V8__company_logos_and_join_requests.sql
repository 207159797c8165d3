-- A company's logo, checked by its content when uploaded (PNG, JPEG or WebP, at most 1 MB). The bytes live in
-- their own table so that loading a company (with every posting) never drags the image along; the company
-- row keeps the logo's hash, which is the version in the logo's URL and its ETag.
create table company_logo (
    company_id    bigint       primary key references company (id) on delete cascade,
    content_type  varchar(20)  not null,
    bytes         bytea        not null,
    sha256        varchar(64)  not null,
    width         integer,
    height        integer,
    updated_at    timestamptz  not null default now(),
    updated_by    bigint       references account (id) on delete set null,
    constraint company_logo_content_type check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    constraint company_logo_size check (octet_length(bytes) between 1 and 1048576)
);

alter table company add column logo_version varchar(64);

-- One pending join request per recruiter at a time (a recruiter is an active member of one company at most,
-- by company_member_one_active_company).
create unique index company_member_one_pending_request on company_member (account_id) where status = 'PENDING';

-- The admin list filters by verification and finds companies by a part of their name.
create index company_verified_name on company (verified, lower(name));
