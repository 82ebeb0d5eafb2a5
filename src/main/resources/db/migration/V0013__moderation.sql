-- Moderation (issue 10): incidents and every step of their handling (P10, P11), the follower register
-- with block decisions (P7), and follow exceptions (P9). Everything is audited.

create table incident (
    id              uuid primary key,
    version         bigint        not null,
    account_id      uuid          not null,
    category        varchar(30)   not null,
    what_happened   varchar(4000) not null,
    links           varchar(2000),
    evidence_media_id uuid,
    serious         boolean       not null,
    status          varchar(20)   not null,
    reported_by     varchar(120)  not null,
    reported_at     timestamp(6) with time zone not null,
    first_action_at timestamp(6) with time zone,
    outcome         varchar(2000),
    closed_by       varchar(120),
    closed_at       timestamp(6) with time zone
);
create index incident_reported_idx on incident (reported_at);
create index incident_reporter_idx on incident (reported_by, reported_at);

create table incident_aud (
    id              uuid   not null,
    rev             bigint not null references revision_info (id),
    revtype         smallint,
    revend          bigint references revision_info (id),
    revend_tstmp    timestamp(6),
    account_id      uuid,
    category        varchar(30),
    what_happened   varchar(4000),
    links           varchar(2000),
    evidence_media_id uuid,
    serious         boolean,
    status          varchar(20),
    reported_by     varchar(120),
    reported_at     timestamp(6) with time zone,
    first_action_at timestamp(6) with time zone,
    outcome         varchar(2000),
    closed_by       varchar(120),
    closed_at       timestamp(6) with time zone,
    primary key (id, rev)
);
create index incident_aud_rev_idx on incident_aud (rev);
create index incident_aud_revend_idx on incident_aud (revend);

create table incident_step (
    id            uuid primary key,
    version       bigint        not null,
    incident_id   uuid          not null references incident (id),
    kind          varchar(30)   not null,
    taken_by      varchar(120)  not null,
    taken_at      timestamp(6) with time zone not null,
    detail        varchar(2000),
    authority     varchar(30),
    authority_contact varchar(200),
    escalated_on  date,
    reference     varchar(200),
    follower_id   uuid
);
create index incident_step_incident_idx on incident_step (incident_id, taken_at);

create table incident_step_aud (
    id            uuid   not null,
    rev           bigint not null references revision_info (id),
    revtype       smallint,
    revend        bigint references revision_info (id),
    revend_tstmp  timestamp(6),
    incident_id   uuid,
    kind          varchar(30),
    taken_by      varchar(120),
    taken_at      timestamp(6) with time zone,
    detail        varchar(2000),
    authority     varchar(30),
    authority_contact varchar(200),
    escalated_on  date,
    reference     varchar(200),
    follower_id   uuid,
    primary key (id, rev)
);
create index incident_step_aud_rev_idx on incident_step_aud (rev);
create index incident_step_aud_revend_idx on incident_step_aud (revend);

create table follower (
    id            uuid primary key,
    version       bigint        not null,
    account_id    uuid          not null,
    handle        varchar(200)  not null,
    display_name  varchar(200),
    first_seen    date          not null,
    status        varchar(20)   not null,
    added_by      varchar(120)  not null,
    added_at      timestamp(6) with time zone not null,
    constraint follower_account_handle_uq unique (account_id, handle)
);

create table follower_aud (
    id            uuid   not null,
    rev           bigint not null references revision_info (id),
    revtype       smallint,
    revend        bigint references revision_info (id),
    revend_tstmp  timestamp(6),
    account_id    uuid,
    handle        varchar(200),
    display_name  varchar(200),
    first_seen    date,
    status        varchar(20),
    added_by      varchar(120),
    added_at      timestamp(6) with time zone,
    primary key (id, rev)
);
create index follower_aud_rev_idx on follower_aud (rev);
create index follower_aud_revend_idx on follower_aud (revend);

create table follower_decision (
    id                 uuid primary key,
    version            bigint        not null,
    follower_id        uuid          not null references follower (id),
    kind               varchar(20)   not null,
    reason_category    varchar(30),
    reason             varchar(2000),
    evidence_link      varchar(500),
    screenshot_media_id uuid,
    platform_outcome   varchar(20),
    platform_detail    varchar(500),
    incident_id        uuid,
    decided_by         varchar(120)  not null,
    decided_at         timestamp(6) with time zone not null
);
create index follower_decision_follower_idx on follower_decision (follower_id, decided_at);
create index follower_decision_decided_idx on follower_decision (kind, decided_at);

create table follower_decision_aud (
    id                 uuid   not null,
    rev                bigint not null references revision_info (id),
    revtype            smallint,
    revend             bigint references revision_info (id),
    revend_tstmp       timestamp(6),
    follower_id        uuid,
    kind               varchar(20),
    reason_category    varchar(30),
    reason             varchar(2000),
    evidence_link      varchar(500),
    screenshot_media_id uuid,
    platform_outcome   varchar(20),
    platform_detail    varchar(500),
    incident_id        uuid,
    decided_by         varchar(120),
    decided_at         timestamp(6) with time zone,
    primary key (id, rev)
);
create index follower_decision_aud_rev_idx on follower_decision_aud (rev);
create index follower_decision_aud_revend_idx on follower_decision_aud (revend);

create table follow_exception (
    id              uuid primary key,
    version         bigint        not null,
    account_id      uuid          not null,
    handle          varchar(200)  not null,
    kind            varchar(30)   not null,
    justification   varchar(2000) not null,
    status          varchar(20)   not null,
    requested_by    varchar(120)  not null,
    requested_at    timestamp(6) with time zone not null,
    decided_by      varchar(120),
    decided_at      timestamp(6) with time zone,
    decision_reason varchar(2000)
);
create index follow_exception_status_idx on follow_exception (status, requested_at);

create table follow_exception_aud (
    id              uuid   not null,
    rev             bigint not null references revision_info (id),
    revtype         smallint,
    revend          bigint references revision_info (id),
    revend_tstmp    timestamp(6),
    account_id      uuid,
    handle          varchar(200),
    kind            varchar(30),
    justification   varchar(2000),
    status          varchar(20),
    requested_by    varchar(120),
    requested_at    timestamp(6) with time zone,
    decided_by      varchar(120),
    decided_at      timestamp(6) with time zone,
    decision_reason varchar(2000),
    primary key (id, rev)
);
create index follow_exception_aud_rev_idx on follow_exception_aud (rev);
create index follow_exception_aud_revend_idx on follow_exception_aud (revend);
