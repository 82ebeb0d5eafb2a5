-- Policy library and the annual review (issue 11: P8, P16, P17).
-- policy: one row per policy in the library, with or without text; policy_document keeps its versions.
-- policy_review: the open (or finished) review of a policy with its draft text; review_comment: governors'
-- threaded comments on a section, resolved by SLT; policy_acknowledgement: staff confirming an adopted version.

create table policy (
    id                     uuid primary key,
    version                bigint       not null,
    title                  varchar(200) not null unique,
    owner                  varchar(120) not null,
    read_with              varchar(1000) not null default '',
    review_reminded_on     date,
    acknowledgement_reminded_on date
);

create table policy_aud (
    id                     uuid   not null,
    rev                    bigint not null references revision_info (id),
    revtype                smallint,
    revend                 bigint references revision_info (id),
    revend_tstmp           timestamp(6),
    title                  varchar(200),
    owner                  varchar(120),
    read_with              varchar(1000),
    review_reminded_on     date,
    acknowledgement_reminded_on date,
    primary key (id, rev)
);
create index policy_aud_rev_idx on policy_aud (rev);
create index policy_aud_revend_idx on policy_aud (revend);

-- Every policy already stored as a document becomes a library entry.
insert into policy (id, version, title, owner)
select gen_random_uuid(), 0, title, min(owner) from policy_document group by title;

alter table policy_document add column policy_id uuid references policy (id);
update policy_document d set policy_id = p.id from policy p where p.title = d.title;
alter table policy_document alter column policy_id set not null;
alter table policy_document add column status varchar(20) not null default 'ADOPTED';
alter table policy_document add column signed_by varchar(120);
alter table policy_document add column signed_by_name varchar(120);
alter table policy_document add column signed_on date;
alter table policy_document add column text_sha256 varchar(64);
alter table policy_document add column sign_off_note varchar(1000);
create index policy_document_policy_idx on policy_document (policy_id, version_number);

alter table policy_document_aud add column policy_id uuid;
alter table policy_document_aud add column status varchar(20);
alter table policy_document_aud add column signed_by varchar(120);
alter table policy_document_aud add column signed_by_name varchar(120);
alter table policy_document_aud add column signed_on date;
alter table policy_document_aud add column text_sha256 varchar(64);
alter table policy_document_aud add column sign_off_note varchar(1000);

create table policy_review (
    id                          uuid primary key,
    version                     bigint       not null,
    policy_id                   uuid         not null references policy (id),
    base_document_id            uuid         not null references policy_document (id),
    draft_body                  text         not null,
    status                      varchar(20)  not null,
    opened_on                   date         not null,
    opened_by                   varchar(120) not null,
    accounts_confirmed          boolean      not null default false,
    follow_exceptions_confirmed boolean      not null default false,
    guidance_confirmed          boolean      not null default false,
    adopted_document_id         uuid references policy_document (id)
);
-- At most one open review per policy.
create unique index policy_review_open_idx on policy_review (policy_id) where status = 'OPEN';

create table policy_review_aud (
    id                          uuid   not null,
    rev                         bigint not null references revision_info (id),
    revtype                     smallint,
    revend                      bigint references revision_info (id),
    revend_tstmp                timestamp(6),
    policy_id                   uuid,
    base_document_id            uuid,
    draft_body                  text,
    status                      varchar(20),
    opened_on                   date,
    opened_by                   varchar(120),
    accounts_confirmed          boolean,
    follow_exceptions_confirmed boolean,
    guidance_confirmed          boolean,
    adopted_document_id         uuid,
    primary key (id, rev)
);
create index policy_review_aud_rev_idx on policy_review_aud (rev);
create index policy_review_aud_revend_idx on policy_review_aud (revend);

create table review_comment (
    id               uuid primary key,
    version          bigint        not null,
    review_id        uuid          not null references policy_review (id),
    parent_id        uuid references review_comment (id),
    section          varchar(200)  not null,
    author           varchar(120)  not null,
    author_name      varchar(120)  not null,
    body             varchar(2000) not null,
    written_at       timestamp(6) with time zone not null,
    resolved_by      varchar(120),
    resolved_by_name varchar(120),
    resolved_at      timestamp(6) with time zone,
    resolution       varchar(1000)
);
create index review_comment_review_idx on review_comment (review_id, written_at);

create table review_comment_aud (
    id               uuid   not null,
    rev              bigint not null references revision_info (id),
    revtype          smallint,
    revend           bigint references revision_info (id),
    revend_tstmp     timestamp(6),
    review_id        uuid,
    parent_id        uuid,
    section          varchar(200),
    author           varchar(120),
    author_name      varchar(120),
    body             varchar(2000),
    written_at       timestamp(6) with time zone,
    resolved_by      varchar(120),
    resolved_by_name varchar(120),
    resolved_at      timestamp(6) with time zone,
    resolution       varchar(1000),
    primary key (id, rev)
);
create index review_comment_aud_rev_idx on review_comment_aud (rev);
create index review_comment_aud_revend_idx on review_comment_aud (revend);

create table policy_acknowledgement (
    id            uuid primary key,
    version       bigint       not null,
    document_id   uuid         not null references policy_document (id),
    username      varchar(120) not null,
    display_name  varchar(120) not null,
    confirmed_at  timestamp(6) with time zone not null,
    unique (document_id, username)
);

create table policy_acknowledgement_aud (
    id            uuid   not null,
    rev           bigint not null references revision_info (id),
    revtype       smallint,
    revend        bigint references revision_info (id),
    revend_tstmp  timestamp(6),
    document_id   uuid,
    username      varchar(120),
    display_name  varchar(120),
    confirmed_at  timestamp(6) with time zone,
    primary key (id, rev)
);
create index policy_acknowledgement_aud_rev_idx on policy_acknowledgement_aud (rev);
create index policy_acknowledgement_aud_revend_idx on policy_acknowledgement_aud (revend);
