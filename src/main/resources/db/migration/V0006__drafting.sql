-- Drafting (issue 7): drafts with their photos and the pupils those photos show, every saved version
-- kept by Envers, and the compliance result stored with the draft version it was run on.

create table draft (
    id                      uuid primary key,
    version                 bigint        not null,
    account_id              uuid          not null references social_account (id),
    author                  varchar(120)  not null,
    status                  varchar(20)   not null,
    body                    text          not null,
    warnings_acknowledgement varchar(500),
    delegation_id           uuid,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    submitted_at            timestamp(6) with time zone
);
create index draft_author_idx on draft (author, updated_at desc);
create index draft_status_idx on draft (status, submitted_at);

create table draft_aud (
    id                      uuid   not null,
    rev                     bigint not null references revision_info (id),
    revtype                 smallint,
    revend                  bigint references revision_info (id),
    revend_tstmp            timestamp(6),
    account_id              uuid,
    author                  varchar(120),
    status                  varchar(20),
    body                    text,
    warnings_acknowledgement varchar(500),
    delegation_id           uuid,
    created_at              timestamp(6) with time zone,
    updated_at              timestamp(6) with time zone,
    submitted_at            timestamp(6) with time zone,
    primary key (id, rev)
);
create index draft_aud_rev_idx on draft_aud (rev);
create index draft_aud_revend_idx on draft_aud (revend);

create table draft_photo (
    id        uuid primary key,
    draft_id  uuid          not null references draft (id) on delete cascade,
    position  integer       not null,
    media_id  uuid          not null,
    alt_text  varchar(1000) not null
);
create index draft_photo_draft_idx on draft_photo (draft_id);

create table draft_photo_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    draft_id     uuid,
    position     integer,
    media_id     uuid,
    alt_text     varchar(1000),
    primary key (id, rev)
);
create index draft_photo_aud_rev_idx on draft_photo_aud (rev);
create index draft_photo_aud_revend_idx on draft_photo_aud (revend);

-- A pupil a photo of the draft shows, by UPN (as the API and the roster import name pupils).
create table draft_pupil (
    id        uuid primary key,
    draft_id  uuid        not null references draft (id) on delete cascade,
    upn       varchar(13) not null,
    covered   boolean     not null
);
create index draft_pupil_draft_idx on draft_pupil (draft_id);
create index draft_pupil_upn_idx on draft_pupil (upn);

create table draft_pupil_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    draft_id     uuid,
    upn          varchar(13),
    covered      boolean,
    primary key (id, rev)
);
create index draft_pupil_aud_rev_idx on draft_pupil_aud (rev);
create index draft_pupil_aud_revend_idx on draft_pupil_aud (revend);

-- A compliance result as it was when the draft was saved, submitted or approved: never changed
-- afterwards, so not audited; it names the draft version it judged.
create table draft_check (
    id             uuid primary key,
    draft_id       uuid         not null references draft (id) on delete cascade,
    draft_version  bigint       not null,
    occasion       varchar(20)  not null,
    verdict        varchar(10)  not null,
    checked_at     timestamp(6) with time zone not null,
    checked_by     varchar(120) not null
);
create index draft_check_draft_idx on draft_check (draft_id, checked_at);

create table draft_check_finding (
    check_id  uuid          not null references draft_check (id) on delete cascade,
    position  integer       not null,
    clause    varchar(20)   not null,
    severity  varchar(10)   not null,
    message   varchar(1000) not null,
    start_at  integer       not null,
    end_at    integer       not null,
    alt_text  integer       not null,
    primary key (check_id, position)
);
