-- Followers synchronised from the platforms (issue 10, P7): the platform's lasting id of a follower,
-- whether it still follows, the block record a platform made (to lift it later), each synchronisation
-- of an account with what it found, and the per-account row that one portal instance claims while it
-- synchronises (locked with SKIP LOCKED, so several instances never synchronise an account at once).

alter table follower add column platform_id varchar(200);
alter table follower add column following boolean not null default true;
alter table follower add column left_on date;
create unique index follower_account_platform_id_uq on follower (account_id, platform_id) where platform_id is not null;

alter table follower_aud add column platform_id varchar(200);
alter table follower_aud add column following boolean;
alter table follower_aud add column left_on date;

alter table follower_decision add column platform_reference varchar(300);
alter table follower_decision_aud add column platform_reference varchar(300);

create table follower_sync (
    id            uuid primary key,
    version       bigint        not null,
    account_id    uuid          not null,
    run_by        varchar(120)  not null,
    scheduled     boolean       not null,
    started_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone not null,
    outcome       varchar(20)   not null,
    found         integer       not null,
    added         integer       not null,
    gone          integer       not null,
    detail        varchar(1000) not null
);
create index follower_sync_account_idx on follower_sync (account_id, started_at);

create table follower_sync_aud (
    id            uuid   not null,
    rev           bigint not null references revision_info (id),
    revtype       smallint,
    revend        bigint references revision_info (id),
    revend_tstmp  timestamp(6),
    account_id    uuid,
    run_by        varchar(120),
    scheduled     boolean,
    started_at    timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone,
    outcome       varchar(20),
    found         integer,
    added         integer,
    gone          integer,
    detail        varchar(1000),
    primary key (id, rev)
);
create index follower_sync_aud_rev_idx on follower_sync_aud (rev);
create index follower_sync_aud_revend_idx on follower_sync_aud (revend);

create table follower_sync_claim (
    account_id    uuid primary key,
    version       bigint        not null,
    scheduled_on  date,
    held_by       varchar(100),
    held_until    timestamp(6) with time zone
);

create table follower_sync_claim_aud (
    account_id    uuid   not null,
    rev           bigint not null references revision_info (id),
    revtype       smallint,
    revend        bigint references revision_info (id),
    revend_tstmp  timestamp(6),
    scheduled_on  date,
    held_by       varchar(100),
    held_until    timestamp(6) with time zone,
    primary key (account_id, rev)
);
create index follower_sync_claim_aud_rev_idx on follower_sync_claim_aud (rev);
create index follower_sync_claim_aud_revend_idx on follower_sync_claim_aud (revend);
