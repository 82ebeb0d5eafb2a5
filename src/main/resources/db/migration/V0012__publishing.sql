-- Publishing (issue 9): the outbox of approved posts, which is also the published register; the
-- per-account switch between the sandbox and the real platform; and what the sandbox "sent".
-- An entry moves scheduled -> sending -> published (or failed), or scheduled -> withdrawn, and
-- published -> taken_down. "sending" is committed before the platform is called (record-before-send);
-- lease_until says when another instance may take over an entry whose sender crashed, after asking
-- the platform whether the post with this entry's idempotency key already exists.

create table publication (
    id                uuid primary key,
    version           bigint        not null,
    reference         uuid          not null unique,
    approved_version  bigint        not null,
    account_id        uuid          not null,
    handle            varchar(200)  not null,
    platform          varchar(20)   not null,
    post_text         text          not null,
    photos            text          not null,
    pupil_upns        varchar(4000) not null,
    publish_at        timestamp(6) with time zone not null,
    author            varchar(120)  not null,
    approved_by       varchar(120)  not null,
    delegation_id     uuid,
    scheduled_at      timestamp(6) with time zone not null,
    status            varchar(20)   not null,
    idempotency_key   varchar(64)   not null unique,
    record_key        varchar(20)   not null,
    attempts          integer       not null,
    next_attempt_at   timestamp(6) with time zone not null,
    lease_until       timestamp(6) with time zone,
    claimed_by        varchar(100),
    sent_via          varchar(20),
    platform_post_id  varchar(300),
    url               varchar(500),
    published_at      timestamp(6) with time zone,
    failure           varchar(500),
    failure_permanent boolean       not null,
    taken_down_at     timestamp(6) with time zone,
    taken_down_by     varchar(120),
    takedown_reason   varchar(500)
);
create index publication_due_idx on publication (status, next_attempt_at);
create index publication_lease_idx on publication (status, lease_until);
create index publication_publish_at_idx on publication (publish_at);

create table publication_aud (
    id                uuid   not null,
    rev               bigint not null references revision_info (id),
    revtype           smallint,
    revend            bigint references revision_info (id),
    revend_tstmp      timestamp(6),
    reference         uuid,
    approved_version  bigint,
    account_id        uuid,
    handle            varchar(200),
    platform          varchar(20),
    post_text         text,
    photos            text,
    pupil_upns        varchar(4000),
    publish_at        timestamp(6) with time zone,
    author            varchar(120),
    approved_by       varchar(120),
    delegation_id     uuid,
    scheduled_at      timestamp(6) with time zone,
    status            varchar(20),
    idempotency_key   varchar(64),
    record_key        varchar(20),
    attempts          integer,
    next_attempt_at   timestamp(6) with time zone,
    lease_until       timestamp(6) with time zone,
    claimed_by        varchar(100),
    sent_via          varchar(20),
    platform_post_id  varchar(300),
    url               varchar(500),
    published_at      timestamp(6) with time zone,
    failure           varchar(500),
    failure_permanent boolean,
    taken_down_at     timestamp(6) with time zone,
    taken_down_by     varchar(120),
    takedown_reason   varchar(500),
    primary key (id, rev)
);
create index publication_aud_rev_idx on publication_aud (rev);
create index publication_aud_revend_idx on publication_aud (revend);

-- Whether an account's posts go to the real platform; without a row they go to the sandbox.
create table live_publishing (
    account_id uuid primary key,
    version    bigint       not null,
    live       boolean      not null,
    changed_by varchar(120) not null,
    changed_at timestamp(6) with time zone not null
);

create table live_publishing_aud (
    account_id   uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    live         boolean,
    changed_by   varchar(120),
    changed_at   timestamp(6) with time zone,
    primary key (account_id, rev)
);
create index live_publishing_aud_rev_idx on live_publishing_aud (rev);
create index live_publishing_aud_revend_idx on live_publishing_aud (revend);

-- What the sandbox publisher would have sent: one row per idempotency key, so it never "sends" twice.
create table sandbox_post (
    id              uuid primary key,
    version         bigint        not null,
    idempotency_key varchar(64)   not null unique,
    account_id      uuid          not null,
    handle          varchar(200)  not null,
    platform        varchar(20)   not null,
    post_text       text          not null,
    photo_alt_texts text          not null,
    sent_at         timestamp(6) with time zone not null,
    deleted_at      timestamp(6) with time zone
);

create table sandbox_post_aud (
    id              uuid   not null,
    rev             bigint not null references revision_info (id),
    revtype         smallint,
    revend          bigint references revision_info (id),
    revend_tstmp    timestamp(6),
    idempotency_key varchar(64),
    account_id      uuid,
    handle          varchar(200),
    platform        varchar(20),
    post_text       text,
    photo_alt_texts text,
    sent_at         timestamp(6) with time zone,
    deleted_at      timestamp(6) with time zone,
    primary key (id, rev)
);
create index sandbox_post_aud_rev_idx on sandbox_post_aud (rev);
create index sandbox_post_aud_revend_idx on sandbox_post_aud (revend);
