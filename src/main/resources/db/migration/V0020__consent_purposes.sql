-- Consent as schools collect it (P14, P15): per purpose, with an expiry, answered by parents online,
-- and the Designated Safeguarding Lead's "never publish" flag (docs/decisions/0022-consent-per-purpose.md).
--
-- The single yes/no a pupil had becomes the same answer for both social-media purposes, with its
-- history: every earlier decision is kept for both, and the move itself is one revision of the
-- audit trail by the portal (system), sealed in the revision chain like any other. Audit rows of
-- earlier revisions are never changed (only their validity end, which the chain leaves out).

-- What consent is asked for. The code is the stable key (roster columns consent_<code>, the API);
-- SLT rename and retire purposes but never change a code.
create table consent_purpose (
    id           uuid primary key,
    version      bigint       not null,
    code         varchar(40)  not null unique,
    name         varchar(80)  not null,
    explanation  varchar(500) not null,
    social_media boolean      not null,
    retired      boolean      not null,
    position     integer      not null
);

create table consent_purpose_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    code         varchar(40),
    name         varchar(80),
    explanation  varchar(500),
    social_media boolean,
    retired      boolean,
    position     integer,
    primary key (id, rev)
);
create index consent_purpose_aud_rev_idx on consent_purpose_aud (rev);
create index consent_purpose_aud_revend_idx on consent_purpose_aud (revend);

-- The school's default expiry of a yes: the end of the school year, some years, or until the pupil leaves.
create table consent_settings (
    id             uuid primary key,
    version        bigint      not null,
    default_expiry varchar(30) not null,
    expiry_years   integer     not null
);

create table consent_settings_aud (
    id             uuid   not null,
    rev            bigint not null references revision_info (id),
    revtype        smallint,
    revend         bigint references revision_info (id),
    revend_tstmp   timestamp(6),
    default_expiry varchar(30),
    expiry_years   integer,
    primary key (id, rev)
);
create index consent_settings_aud_rev_idx on consent_settings_aud (rev);
create index consent_settings_aud_revend_idx on consent_settings_aud (revend);

-- A pupil's answer for one purpose as it stands; every decision is also in image_consent_record.
create table pupil_consent (
    id                    uuid primary key,
    version               bigint       not null,
    pupil_id              uuid         not null references pupil (id),
    purpose_code          varchar(40)  not null references consent_purpose (code),
    consent               boolean      not null,
    source                varchar(20)  not null,
    recorded_on           date,
    expires_on            date,
    recorded_by           varchar(120) not null,
    recorded_at           timestamp(6) with time zone not null,
    note                  varchar(500),
    expiry_followed_up_at timestamp(6) with time zone,
    unique (pupil_id, purpose_code)
);
create index pupil_consent_expiry_idx on pupil_consent (expires_on) where consent;

create table pupil_consent_aud (
    id                    uuid   not null,
    rev                   bigint not null references revision_info (id),
    revtype               smallint,
    revend                bigint references revision_info (id),
    revend_tstmp          timestamp(6),
    pupil_id              uuid,
    purpose_code          varchar(40),
    consent               boolean,
    source                varchar(20),
    recorded_on           date,
    expires_on            date,
    recorded_by           varchar(120),
    recorded_at           timestamp(6) with time zone,
    note                  varchar(500),
    expiry_followed_up_at timestamp(6) with time zone,
    primary key (id, rev)
);
create index pupil_consent_aud_rev_idx on pupil_consent_aud (rev);
create index pupil_consent_aud_revend_idx on pupil_consent_aud (revend);

-- Each decision says which purpose it was for and until when; decisions from before purposes
-- existed are kept once per social-media purpose.
alter table image_consent_record add column purpose_code varchar(40);
alter table image_consent_record add column expires_on date;
alter table image_consent_record_aud add column purpose_code varchar(40);
alter table image_consent_record_aud add column expires_on date;
create index image_consent_record_purpose_idx on image_consent_record (pupil_id, purpose_code, recorded_at);

-- Parents' e-mail addresses (one or two, separated by ";"), for the online consent form.
alter table pupil add column parent_emails varchar(510);
alter table pupil_aud add column parent_emails varchar(510);

-- The DSL's flag, with a reason only the DSL and the head teacher read.
create table never_publish_flag (
    id            uuid primary key,
    version       bigint       not null,
    pupil_id      uuid         not null unique references pupil (id),
    never_publish boolean      not null,
    reason        varchar(500) not null,
    changed_by    varchar(120) not null,
    changed_at    timestamp(6) with time zone not null
);

create table never_publish_flag_aud (
    id            uuid   not null,
    rev           bigint not null references revision_info (id),
    revtype       smallint,
    revend        bigint references revision_info (id),
    revend_tstmp  timestamp(6),
    pupil_id      uuid,
    never_publish boolean,
    reason        varchar(500),
    changed_by    varchar(120),
    changed_at    timestamp(6) with time zone,
    primary key (id, rev)
);
create index never_publish_flag_aud_rev_idx on never_publish_flag_aud (rev);
create index never_publish_flag_aud_revend_idx on never_publish_flag_aud (revend);

-- Every account needs one purpose for its posts' photos.
alter table social_account add column purpose_code varchar(40);
alter table social_account_aud add column purpose_code varchar(40);

-- "Needs action" says why: consent withdrawn or expired (for which purpose), or never publish.
alter table consent_action add column reason varchar(20);
alter table consent_action add column purpose_code varchar(40);
alter table consent_action_aud add column reason varchar(20);
alter table consent_action_aud add column purpose_code varchar(40);
drop index consent_action_open_idx;
create unique index consent_action_open_idx on consent_action (upn, kind, reference, reason) where resolved_at is null;

-- A consent form e-mailed to one parent address. The link's token is made when the e-mail is sent and
-- only its SHA-256 is kept; it works once, for 30 days.
create table consent_form_link (
    id           uuid primary key,
    version      bigint       not null,
    pupil_id     uuid         not null references pupil (id),
    address      varchar(254) not null,
    occasion     varchar(20)  not null,
    requested_by varchar(120) not null,
    requested_at timestamp(6) with time zone not null,
    token_hash   varchar(64) unique,
    sent_at      timestamp(6) with time zone,
    expires_at   timestamp(6) with time zone,
    used_at      timestamp(6) with time zone,
    answered_by  varchar(120)
);
create index consent_form_link_pupil_idx on consent_form_link (pupil_id);

create table consent_form_link_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    pupil_id     uuid,
    address      varchar(254),
    occasion     varchar(20),
    requested_by varchar(120),
    requested_at timestamp(6) with time zone,
    token_hash   varchar(64),
    sent_at      timestamp(6) with time zone,
    expires_at   timestamp(6) with time zone,
    used_at      timestamp(6) with time zone,
    answered_by  varchar(120),
    primary key (id, rev)
);
create index consent_form_link_aud_rev_idx on consent_form_link_aud (rev);
create index consent_form_link_aud_revend_idx on consent_form_link_aud (revend);

-- Attempts on the public consent page per client address and per token, per window, shared by every
-- portal instance. Counts, not records: not audited, and old windows are deleted.
create table consent_form_attempt (
    subject      varchar(100) not null,
    window_start timestamp(6) with time zone not null,
    attempts     integer      not null,
    primary key (subject, window_start)
);

-- The checks keep the roster in memory (V0019): consents and the flag are part of what they read.
create trigger pupil_consent_change_count after insert or update or delete or truncate on pupil_consent
    for each statement execute function count_change('roster-and-posting-rules');
create trigger never_publish_flag_change_count after insert or update or delete or truncate on never_publish_flag
    for each statement execute function count_change('roster-and-posting-rules');

-- Adds a revision's audit rows for the given records of a table, as Envers would: the record's open
-- row is closed at this revision and a row with its current columns added.
create function pg_temp.record_in_trail(t text, p_rev bigint, p_ended timestamp, p_revtype smallint, p_ids uuid[])
    returns void language plpgsql as $$
declare
    cols text;
begin
    select string_agg(quote_ident(a.column_name), ', ' order by a.ordinal_position) into cols
    from information_schema.columns a
    where a.table_schema = current_schema() and a.table_name = t || '_aud'
      and a.column_name not in ('id', 'rev', 'revtype', 'revend', 'revend_tstmp')
      and exists (select 1 from information_schema.columns l
                  where l.table_schema = current_schema() and l.table_name = t and l.column_name = a.column_name);
    execute format('update %I set revend = $1, revend_tstmp = $2 where revend is null and id = any($3)', t || '_aud')
        using p_rev, p_ended, p_ids;
    execute format('insert into %I (id, rev, revtype, %s) select id, $1, $2, %s from %I where id = any($3)',
                   t || '_aud', cols, cols, t)
        using p_rev, p_revtype, p_ids;
end
$$;

do $$
declare
    rev    bigint := nextval('revision_info_seq');
    stamp  bigint := (extract(epoch from clock_timestamp()) * 1000)::bigint;
    ended  timestamp := to_timestamp(stamp / 1000.0) at time zone 'UTC';
    roles  text := coalesce((select r.roles from revision_info r where r.username = 'system' order by r.id limit 1),
                            'computing-lead,head-teacher,office,slt');
    copied uuid[];
    moved  uuid[];
begin
    insert into revision_info (id, rev_timestamp, username, roles) values (rev, stamp, 'system', roles);

    insert into consent_purpose (id, version, code, name, explanation, social_media, retired, position) values
        (gen_random_uuid(), 0, 'class-social', 'The class''s social-media account',
         'Photos of your child''s class at work and at events, on the class''s own account (first names or'
         || ' initials only).', true, false, 1),
        (gen_random_uuid(), 0, 'school-social', 'The whole-school social-media accounts',
         'Photos from across the school on the school''s main accounts, which anyone can follow.', true, false, 2);
    -- Consents held until withdrawn, as before: SLT may choose an expiry for new answers.
    insert into consent_settings (id, version, default_expiry, expiry_years)
        values (gen_random_uuid(), 0, 'UNTIL_LEAVES', 1);
    perform pg_temp.record_in_trail('consent_purpose', rev, ended, 0::smallint, array(select id from consent_purpose));
    perform pg_temp.record_in_trail('consent_settings', rev, ended, 0::smallint, array(select id from consent_settings));

    -- The pupil's current answer, for both social-media purposes, with who recorded it last.
    insert into pupil_consent (id, version, pupil_id, purpose_code, consent, source, recorded_on, expires_on,
                               recorded_by, recorded_at, note)
    select gen_random_uuid(), 0, p.id, purpose.code, p.image_consent,
           coalesce(p.consent_source, last.source, 'MIS_IMPORT'), p.consent_recorded_on, null,
           coalesce(last.recorded_by, 'system'), coalesce(last.recorded_at, clock_timestamp()), last.note
    from pupil p
    cross join (values ('class-social'), ('school-social')) purpose (code)
    left join lateral (select r.* from image_consent_record r where r.pupil_id = p.id
                       order by r.recorded_at desc limit 1) last on true
    where p.consent_source is not null or p.image_consent or last.id is not null;
    perform pg_temp.record_in_trail('pupil_consent', rev, ended, 0::smallint, array(select id from pupil_consent));

    -- Every earlier decision, for both purposes: the existing one is the class account's, a copy the
    -- whole-school accounts'.
    update image_consent_record set purpose_code = 'class-social';
    moved := array(select id from image_consent_record);
    create temporary table consent_copy on commit drop as
        select gen_random_uuid() as new_id, r.* from image_consent_record r;
    insert into image_consent_record (id, version, pupil_id, consent, source, recorded_on, recorded_by, recorded_at,
                                      note, purpose_code)
    select new_id, 0, pupil_id, consent, source, recorded_on, recorded_by, recorded_at, note, 'school-social'
    from consent_copy;
    copied := array(select new_id from consent_copy);
    perform pg_temp.record_in_trail('image_consent_record', rev, ended, 1::smallint, moved);
    perform pg_temp.record_in_trail('image_consent_record', rev, ended, 0::smallint, copied);

    -- The pupil row no longer holds consent; its history keeps what it held.
    alter table pupil drop column image_consent;
    alter table pupil drop column consent_recorded_on;
    alter table pupil drop column consent_source;
    perform pg_temp.record_in_trail('pupil', rev, ended, 1::smallint, array(select id from pupil));

    update social_account set purpose_code = case kind when 'CLASS' then 'class-social' else 'school-social' end;
    perform pg_temp.record_in_trail('social_account', rev, ended, 1::smallint, array(select id from social_account));

    update consent_action set reason = 'withdrawn';
    perform pg_temp.record_in_trail('consent_action', rev, ended, 1::smallint, array(select id from consent_action));
end
$$;

alter table social_account alter column purpose_code set not null;
alter table social_account add foreign key (purpose_code) references consent_purpose (code);
alter table consent_action alter column reason set not null;
alter table image_consent_record alter column purpose_code set not null;

drop function pg_temp.record_in_trail(text, bigint, timestamp, smallint, uuid[]);
