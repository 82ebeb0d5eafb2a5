-- Approval (issue 9): SLT's decisions on submitted drafts, the "needs action" list raised when a
-- pupil's image consent is withdrawn, and SLT's review of posts written under a trip delegation (P2).

-- The reviewer's comment when a draft is sent back, kept with the draft so its author reads it there
-- (notices and e-mails never carry it).
alter table draft add column review_comment varchar(2000);
alter table draft_aud add column review_comment varchar(2000);

-- One decision on one version of a draft; written once.
create table review_decision (
    id                      uuid primary key,
    draft_id                uuid          not null references draft (id) on delete cascade,
    draft_version           bigint        not null,
    outcome                 varchar(20)   not null,
    comment                 varchar(2000),
    publish_at              timestamp(6) with time zone,
    device_override_reason  varchar(500),
    decided_by              varchar(120)  not null,
    decided_at              timestamp(6) with time zone not null
);
create index review_decision_draft_idx on review_decision (draft_id, decided_at);

create table review_decision_aud (
    id                      uuid   not null,
    rev                     bigint not null references revision_info (id),
    revtype                 smallint,
    revend                  bigint references revision_info (id),
    revend_tstmp            timestamp(6),
    draft_id                uuid,
    draft_version           bigint,
    outcome                 varchar(20),
    comment                 varchar(2000),
    publish_at              timestamp(6) with time zone,
    device_override_reason  varchar(500),
    decided_by              varchar(120),
    decided_at              timestamp(6) with time zone,
    primary key (id, rev)
);
create index review_decision_aud_rev_idx on review_decision_aud (rev);
create index review_decision_aud_revend_idx on review_decision_aud (revend);

-- A draft or a sent post that shows a pupil whose image consent was withdrawn (P14), until SLT
-- mark it handled. kind: 'draft' or 'post'; reference: the draft's id (a post's reference is its draft's id).
create table consent_action (
    id             uuid primary key,
    version        bigint        not null,
    upn            varchar(13)   not null,
    kind           varchar(10)   not null,
    reference      uuid          not null,
    account_handle varchar(120)  not null,
    status         varchar(20)   not null,
    raised_at      timestamp(6) with time zone not null,
    resolved_at    timestamp(6) with time zone,
    resolved_by    varchar(120),
    resolution     varchar(500)
);
create unique index consent_action_open_idx on consent_action (upn, kind, reference) where resolved_at is null;
create index consent_action_raised_idx on consent_action (resolved_at, raised_at);

create table consent_action_aud (
    id             uuid   not null,
    rev            bigint not null references revision_info (id),
    revtype        smallint,
    revend         bigint references revision_info (id),
    revend_tstmp   timestamp(6),
    upn            varchar(13),
    kind           varchar(10),
    reference      uuid,
    account_handle varchar(120),
    status         varchar(20),
    raised_at      timestamp(6) with time zone,
    resolved_at    timestamp(6) with time zone,
    resolved_by    varchar(120),
    resolution     varchar(500),
    primary key (id, rev)
);
create index consent_action_aud_rev_idx on consent_action_aud (rev);
create index consent_action_aud_revend_idx on consent_action_aud (revend);

-- SLT's review, after the trip, of a post written under a trip delegation (P2).
create table trip_post_review (
    id           uuid primary key,
    draft_id     uuid          not null unique references draft (id) on delete cascade,
    reviewed_by  varchar(120)  not null,
    reviewed_at  timestamp(6) with time zone not null
);

create table trip_post_review_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    draft_id     uuid,
    reviewed_by  varchar(120),
    reviewed_at  timestamp(6) with time zone,
    primary key (id, rev)
);
create index trip_post_review_aud_rev_idx on trip_post_review_aud (rev);
create index trip_post_review_aud_revend_idx on trip_post_review_aud (revend);
