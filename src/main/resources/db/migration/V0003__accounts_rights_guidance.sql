-- Accounts: trip delegations (P2), the Computing Lead's posting guidance (P5) and the platform
-- credentials the portal holds for each account (P6). Audit twins as in V0001. The credential's
-- ciphertext never reaches account_credential_aud: only who connected, rotated or disconnected.

create table trip_delegation (
    id                uuid primary key,
    version           bigint       not null,
    account_id        uuid         not null references social_account (id),
    delegate_username varchar(120) not null,
    trip_name         varchar(120) not null,
    starts_at         timestamp(6) with time zone not null,
    ends_at           timestamp(6) with time zone not null,
    reason            varchar(500) not null,
    granted_by        varchar(120) not null,
    granted_at        timestamp(6) with time zone not null,
    revoked_by        varchar(120),
    revoked_at        timestamp(6) with time zone,
    check (ends_at > starts_at)
);
create index trip_delegation_delegate_idx on trip_delegation (delegate_username, starts_at);
create index trip_delegation_account_idx on trip_delegation (account_id);

create table trip_delegation_aud (
    id                uuid   not null,
    rev               bigint not null references revision_info (id),
    revtype           smallint,
    revend            bigint references revision_info (id),
    revend_tstmp      timestamp(6),
    account_id        uuid,
    delegate_username varchar(120),
    trip_name         varchar(120),
    starts_at         timestamp(6) with time zone,
    ends_at           timestamp(6) with time zone,
    reason            varchar(500),
    granted_by        varchar(120),
    granted_at        timestamp(6) with time zone,
    revoked_by        varchar(120),
    revoked_at        timestamp(6) with time zone,
    primary key (id, rev)
);
create index trip_delegation_aud_rev_idx on trip_delegation_aud (rev);
create index trip_delegation_aud_revend_idx on trip_delegation_aud (revend);

-- One row for "all accounts" (account_id null) and at most one per account.
create table posting_guidance (
    id                          uuid primary key,
    version                     bigint       not null,
    account_id                  uuid references social_account (id),
    required_hashtags           varchar(2000) not null,
    required_hashtags_severity  varchar(10)  not null,
    forbidden_words             varchar(4000) not null,
    forbidden_words_severity    varchar(10)  not null,
    forbidden_hashtags          varchar(2000) not null,
    forbidden_hashtags_severity varchar(10)  not null,
    allowed_handles             varchar(4000) not null,
    allowed_handles_severity    varchar(10)  not null,
    max_tags                    integer,
    max_tags_severity           varchar(10)  not null,
    note                        varchar(1000) not null
);
create unique index posting_guidance_scope_idx
    on posting_guidance (coalesce(account_id, '00000000-0000-0000-0000-000000000000'::uuid));

create table posting_guidance_aud (
    id                          uuid   not null,
    rev                         bigint not null references revision_info (id),
    revtype                     smallint,
    revend                      bigint references revision_info (id),
    revend_tstmp                timestamp(6),
    account_id                  uuid,
    required_hashtags           varchar(2000),
    required_hashtags_severity  varchar(10),
    forbidden_words             varchar(4000),
    forbidden_words_severity    varchar(10),
    forbidden_hashtags          varchar(2000),
    forbidden_hashtags_severity varchar(10),
    allowed_handles             varchar(4000),
    allowed_handles_severity    varchar(10),
    max_tags                    integer,
    max_tags_severity           varchar(10),
    note                        varchar(1000),
    primary key (id, rev)
);
create index posting_guidance_aud_rev_idx on posting_guidance_aud (rev);
create index posting_guidance_aud_revend_idx on posting_guidance_aud (revend);

-- secret: AES-256-GCM, version byte + 12-byte nonce + ciphertext and tag; null when disconnected.
create table account_credential (
    id              uuid primary key,
    version         bigint      not null,
    account_id      uuid        not null unique references social_account (id),
    kind            varchar(20),
    secret          bytea,
    connected_at    timestamp(6) with time zone,
    connected_by    varchar(120),
    rotated_at      timestamp(6) with time zone,
    rotated_by      varchar(120),
    disconnected_at timestamp(6) with time zone,
    disconnected_by varchar(120)
);

create table account_credential_aud (
    id              uuid   not null,
    rev             bigint not null references revision_info (id),
    revtype         smallint,
    revend          bigint references revision_info (id),
    revend_tstmp    timestamp(6),
    account_id      uuid,
    kind            varchar(20),
    connected_at    timestamp(6) with time zone,
    connected_by    varchar(120),
    rotated_at      timestamp(6) with time zone,
    rotated_by      varchar(120),
    disconnected_at timestamp(6) with time zone,
    disconnected_by varchar(120),
    primary key (id, rev)
);
create index account_credential_aud_rev_idx on account_credential_aud (rev);
create index account_credential_aud_revend_idx on account_credential_aud (revend);

-- Proves at start-up that the configured key is the one the credentials were encrypted with:
-- HMAC-SHA256 of a fixed label under the key. Never the key itself.
create table credential_key_check (
    id          smallint primary key check (id = 1),
    check_value bytea        not null,
    updated_at  timestamp(6) with time zone not null
);
