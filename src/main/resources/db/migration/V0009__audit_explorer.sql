-- Audit explorer (issue 12): an index of which records each revision changed, a hash chain over the
-- revisions (tamper evidence), redactions made by retention, the audit of exports, and pupils' leaving dates.
--
-- Both the index and the chain link are written by one deferred trigger on revision_info, so they are
-- computed at commit, after Envers has written every *_aud row of the revision, inside the same
-- transaction. Audited tables are found generically: every table named *_aud with a rev column.
-- A column added to an *_aud table later must be nullable without a default: nulls are left out of
-- a row's digest, so old revisions keep verifying.

-- Pupils: when they left (retention counts from it) and when they were pseudonymised.
alter table pupil add column left_on date;
alter table pupil add column pseudonymised_on date;
alter table pupil_aud add column left_on date;
alter table pupil_aud add column pseudonymised_on date;
-- Pupils archived before this migration left on the day the trail first shows them archived.
update pupil p set left_on = (
    select (to_timestamp(min(r.rev_timestamp) / 1000.0) at time zone 'Europe/London')::date
    from pupil_aud a join revision_info r on r.id = a.rev
    where a.id = p.id and a.archived)
where p.archived;

-- One row per record a revision changed: what the explorer lists and filters, newest first.
create table audit_entry (
    rev           bigint       not null references revision_info (id),
    audit_table   varchar(63)  not null,
    record_id     varchar(64)  not null,
    revtype       smallint     not null,
    rev_timestamp bigint       not null,
    username      varchar(120) not null,
    primary key (rev, audit_table, record_id)
);
create index audit_entry_time_idx on audit_entry (rev_timestamp, rev, audit_table, record_id);
create index audit_entry_user_idx on audit_entry (username, rev_timestamp, rev, audit_table, record_id);
create index audit_entry_table_idx on audit_entry (audit_table, rev_timestamp, rev, record_id);
create index audit_entry_record_idx on audit_entry (audit_table, record_id, rev);

-- Rows of earlier revisions rewritten by retention: the digest they had when sealed, so the chain still verifies.
create table audit_redaction (
    redaction_rev   bigint      not null references revision_info (id),
    audit_table     varchar(63) not null,
    rev             bigint      not null references revision_info (id),
    redacted_digest char(64)    not null,
    original_digest char(64)    not null,
    primary key (audit_table, rev, redacted_digest)
);
create index audit_redaction_redaction_rev_idx on audit_redaction (redaction_rev);

-- The chain: position orders the links in commit order (revision ids are handed out at the first
-- change, so concurrent transactions may commit out of id order).
create table revision_chain (
    position       bigint   primary key,
    rev            bigint   not null unique references revision_info (id),
    content_digest char(64) not null,
    previous_hash  char(64) not null,
    hash           char(64) not null
);

-- Each run of the integrity check, by the screen or the nightly job.
create table integrity_check_run (
    id                    bigserial primary key,
    checked_at            timestamp(6) with time zone not null,
    checked_by            varchar(120) not null,
    links_checked         bigint       not null,
    first_broken_position bigint,
    first_broken_rev      bigint,
    problem               varchar(500),
    head_hash             char(64)
);

-- Exports of the trail are themselves audited: who exported what, when.
create table audit_export (
    id          uuid primary key,
    version     bigint       not null,
    format      varchar(10)  not null,
    filter      varchar(1000) not null,
    entries     integer      not null,
    exported_by varchar(120) not null,
    exported_at timestamp(6) with time zone not null
);

create table audit_export_aud (
    id          uuid   not null,
    rev         bigint not null references revision_info (id),
    revtype     smallint,
    revend      bigint references revision_info (id),
    revend_tstmp timestamp(6),
    format      varchar(10),
    filter      varchar(1000),
    entries     integer,
    exported_by varchar(120),
    exported_at timestamp(6) with time zone,
    primary key (id, rev)
);
create index audit_export_aud_rev_idx on audit_export_aud (rev);
create index audit_export_aud_revend_idx on audit_export_aud (revend);

-- The tables Envers writes: every *_aud table with a rev column.
create function audit_tables() returns setof text language sql stable as $$
    select c.relname::text
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'rev' and not a.attisdropped
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      and c.relname like '%\_aud'
    order by c.relname
$$;

-- A row's digest: its table and its content as JSON, without the validity columns a later revision
-- fills in (revend, revend_tstmp) and without nulls (so a column added later changes nothing).
create function audit_row_digest(table_name text, content jsonb) returns char(64) language sql immutable as $$
    select encode(sha256(convert_to(table_name || ':' || jsonb_strip_nulls(content - 'revend' - 'revend_tstmp')::text,
        'UTF8')), 'hex')
$$;

-- The digest of everything one revision wrote: its *_aud rows and its redaction records, sorted.
create function audit_revision_digest(p_rev bigint) returns char(64) language plpgsql stable as $$
declare
    t       text;
    part    text[];
    digests text[] := '{}';
begin
    for t in select audit_tables() loop
        execute format('select coalesce(array_agg(audit_row_digest(%L, to_jsonb(a))), ''{}'') from %I a where a.rev = $1',
                       t, t) into part using p_rev;
        digests := digests || part;
    end loop;
    select coalesce(array_agg(audit_row_digest('audit_redaction', to_jsonb(r))), '{}') into part
    from audit_redaction r where r.redaction_rev = p_rev;
    digests := digests || part;
    return encode(sha256(convert_to(coalesce((select string_agg(d, ',' order by d) from unnest(digests) d), ''),
        'UTF8')), 'hex');
end
$$;

-- The same digest as the integrity check recomputes it: a row retention rewrote counts with the digest
-- it had when sealed, as its redaction record (itself sealed in the redaction's revision) says.
create function audit_verified_digest(p_rev bigint) returns char(64) language plpgsql stable as $$
declare
    t       text;
    part    text[];
    digests text[] := '{}';
begin
    for t in select audit_tables() loop
        execute format('select coalesce(array_agg(coalesce(x.original_digest, d.digest)), ''{}'') '
                       || 'from (select audit_row_digest(%L, to_jsonb(a)) as digest from %I a where a.rev = $1) d '
                       || 'left join audit_redaction x on x.audit_table = %L and x.rev = $1 and x.redacted_digest = d.digest',
                       t, t, t) into part using p_rev;
        digests := digests || part;
    end loop;
    select coalesce(array_agg(audit_row_digest('audit_redaction', to_jsonb(r))), '{}') into part
    from audit_redaction r where r.redaction_rev = p_rev;
    digests := digests || part;
    return encode(sha256(convert_to(coalesce((select string_agg(d, ',' order by d) from unnest(digests) d), ''),
        'UTF8')), 'hex');
end
$$;

-- The link of one revision: the previous link's hash, the revision's author and time, its content.
create function audit_link_hash(previous_hash text, rev bigint, rev_timestamp bigint, username text, roles text,
                                content_digest text) returns char(64) language sql immutable as $$
    select encode(sha256(convert_to(previous_hash || '|' || rev || '|' || rev_timestamp || '|' || username || '|'
        || roles || '|' || content_digest, 'UTF8')), 'hex')
$$;

-- Lists the records a revision changed in audit_entry (tables whose records have an id column).
create function index_revision(p_rev bigint) returns void language plpgsql as $$
declare
    t    text;
    info revision_info%rowtype;
begin
    select * into info from revision_info where id = p_rev;
    for t in select a.table_name from (select audit_tables() as table_name) a
             where exists (select 1 from pg_attribute x where x.attrelid = a.table_name::regclass
                           and x.attname = 'id' and not x.attisdropped) loop
        execute format('insert into audit_entry (rev, audit_table, record_id, revtype, rev_timestamp, username) '
                       || 'select a.rev, %L, a.id::text, coalesce(a.revtype, 1), $2, $3 from %I a where a.rev = $1 '
                       || 'on conflict do nothing', t, t)
            using p_rev, info.rev_timestamp, info.username;
    end loop;
end
$$;

-- Seals one revision: the next link of the chain, under a lock so links are added one at a time.
create function seal_revision(p_rev bigint) returns void language plpgsql as $$
declare
    info    revision_info%rowtype;
    last    revision_chain%rowtype;
    digest  text;
    prev    text;
begin
    perform pg_advisory_xact_lock(7243010912);
    if exists (select 1 from revision_chain where rev = p_rev) then
        return;
    end if;
    select * into info from revision_info where id = p_rev;
    digest := audit_revision_digest(p_rev);
    select * into last from revision_chain order by position desc limit 1;
    prev := coalesce(last.hash, repeat('0', 64));
    insert into revision_chain (position, rev, content_digest, previous_hash, hash)
    values (coalesce(last.position, 0) + 1, p_rev, digest, prev,
            audit_link_hash(prev, p_rev, info.rev_timestamp, info.username, info.roles, digest));
end
$$;

create function revision_committing() returns trigger language plpgsql as $$
begin
    perform index_revision(new.id);
    perform seal_revision(new.id);
    return null;
end
$$;

create constraint trigger revision_info_sealed after insert on revision_info
    deferrable initially deferred for each row execute function revision_committing();

-- Revisions written before this migration join the chain in revision order.
do $$
declare
    r bigint;
begin
    for r in select id from revision_info order by id loop
        perform index_revision(r);
        perform seal_revision(r);
    end loop;
end
$$;
