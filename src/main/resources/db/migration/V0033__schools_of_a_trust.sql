-- A portal may serve several schools of a trust. Each school has its Unique Reference Number, the key
-- by which the trust's Keycloak says in which schools a person works (the schools claim,
-- docs/decisions/0026-people-in-several-schools.md), and a logo shown in the header.
--
-- A portal that served one school keeps it with no URN: tokens without a schools claim still give
-- their realm roles in that only school. The demo school gets the demo trust's fictional URN.

alter table school add column urn varchar(8);
alter table school add constraint school_urn_key unique (urn);
alter table school add constraint school_urn_digits check (urn ~ '^[0-9]{6,8}$');
alter table school add column logo_sha256 varchar(64);
alter table school add column logo_type varchar(20);

-- Added without nulls' digests changing: a revision sealed before keeps its digest (audit_row_digest
-- leaves nulls out).
alter table school_aud add column urn varchar(8);
alter table school_aud add column logo_sha256 varchar(64);
alter table school_aud add column logo_type varchar(20);

update school set urn = '990001'
where whole_school_handle = '@JesseGrayPrimary' and name like 'Jesse Gray Primary%'
  and (select count(*) from school) = 1;

-- The logo's bytes, as stored: the audited school row keeps its hash and type, not its pixels (as
-- photos keep theirs in media_content). A new logo replaces the old one's bytes.
create table school_logo (
    school_id  uuid         primary key references school (id),
    sha256     varchar(64)  not null,
    media_type varchar(20)  not null,
    bytes      bytea        not null,
    stored_at  timestamp(6) with time zone not null
);
