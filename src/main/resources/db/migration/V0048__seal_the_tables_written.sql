-- Sealing a revision read every audit table twice (its digest, then the audit index): about 94
-- statements planned afresh at every commit, most of them finding nothing, and the digest was worked
-- out while the school's chain lock was held. Each audit table now notes in the transaction that it
-- was written; the seal reads only those tables, and works out the digest and the index before it
-- takes the lock, which then covers only reading the last link and adding the next.
-- The digest is the same: a revision's rows are all written in the transaction that commits it.
-- Where nothing was noted (a migration sealing older revisions) every audit table is read, as before.

-- Adds the audit table to the transaction's list of audit tables written (",a_aud,b_aud,").
create function note_audit_table_written() returns trigger language plpgsql as $$
declare
    written text := coalesce(current_setting('safepost.audit_written', true), '');
begin
    if position(',' || tg_table_name || ',' in written) = 0 then
        perform set_config('safepost.audit_written', coalesce(nullif(written, ''), ',') || tg_table_name || ',', true);
    end if;
    return null;
end
$$;

-- Every audit table notes its writes. A migration that adds an audit table calls this for it
-- (AuditTablesNoteTheirWritesTest fails the build otherwise).
create function note_writes_to_audit_table(p_table text) returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert on %I for each statement execute function note_audit_table_written()',
                   p_table || '_written', p_table);
end
$$;

do $$
declare
    t text;
begin
    for t in select audit_tables() loop
        perform note_writes_to_audit_table(t);
    end loop;
end
$$;

-- The audit tables this transaction wrote, or every audit table when it noted none.
create function audit_tables_written() returns setof text language plpgsql stable as $$
declare
    written text := nullif(current_setting('safepost.audit_written', true), '');
begin
    if written is null then
        return query select audit_tables();
    else
        return query select t from audit_tables() t where position(',' || t || ',' in written) > 0;
    end if;
end
$$;

-- The digest of a revision's rows in the given tables (the other audit tables hold none of them).
create function audit_revision_digest_in(p_rev bigint, p_school uuid, p_tables text[]) returns char(64)
    language plpgsql stable as $$
declare
    t       text;
    part    text[];
    digests text[] := '{}';
begin
    foreach t in array p_tables loop
        execute format('select coalesce(array_agg(audit_row_digest(%L, to_jsonb(a))), ''{}'') from %I a where %s',
                       t, t, audit_school_condition(t)) into part using p_rev, p_school;
        digests := digests || part;
    end loop;
    select coalesce(array_agg(audit_row_digest('audit_redaction', to_jsonb(r))), '{}') into part
    from audit_redaction r where r.redaction_rev = p_rev and r.school_id = p_school;
    digests := digests || part;
    return encode(sha256(convert_to(coalesce((select string_agg(d, ',' order by d) from unnest(digests) d), ''),
        'UTF8')), 'hex');
end
$$;

create or replace function audit_revision_digest(p_rev bigint, p_school uuid) returns char(64)
    language sql stable as $$
    select audit_revision_digest_in(p_rev, p_school, array(select audit_tables()))
$$;

create or replace function index_revision(p_rev bigint) returns void language plpgsql as $$
declare
    t    text;
    info revision_info%rowtype;
begin
    select * into info from revision_info where id = p_rev;
    for t in select a.table_name from (select audit_tables_written() as table_name) a
             where exists (select 1 from pg_attribute x where x.attrelid = a.table_name::regclass
                           and x.attname = 'id' and not x.attisdropped) loop
        execute format('insert into audit_entry (school_id, rev, audit_table, record_id, revtype, rev_timestamp, username) '
                       || 'select $4, a.rev, %L, a.id::text, coalesce(a.revtype, 1), $3, $5 from %I a where %s '
                       || 'on conflict do nothing', t, t, audit_school_condition(t))
            using p_rev, info.school_id, info.rev_timestamp, info.school_id, info.username;
    end loop;
end
$$;

create or replace function seal_revision(p_rev bigint) returns void language plpgsql as $$
declare
    info    revision_info%rowtype;
    last    revision_chain%rowtype;
    digest  text;
    prev    text;
begin
    select * into info from revision_info where id = p_rev;
    if info.id is null then
        raise exception 'Revision % is not the school in hand''s: it cannot be sealed in its chain', p_rev;
    end if;
    -- Only this transaction writes this revision's rows: its digest needs no lock.
    digest := audit_revision_digest_in(p_rev, info.school_id, array(select audit_tables_written()));
    perform pg_advisory_xact_lock(hashtextextended('revision-chain ' || info.school_id::text, 7243010912));
    if exists (select 1 from revision_chain where rev = p_rev) then
        return;
    end if;
    select * into last from revision_chain where school_id = info.school_id order by position desc limit 1;
    prev := coalesce(last.hash, repeat('0', 64));
    insert into revision_chain (school_id, position, rev, content_digest, previous_hash, hash)
    values (info.school_id, coalesce(last.position, 0) + 1, p_rev, digest, prev,
            audit_link_hash(prev, p_rev, info.rev_timestamp, info.username, info.roles, digest));
end
$$;
