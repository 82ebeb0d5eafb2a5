-- Row-level security, the second wall between schools: every table with a school's records shows and
-- takes only the rows of the school in hand, which the portal sets on each connection it uses as
-- safepost.school (docs/decisions/0028-records-of-a-school-and-row-level-security.md). A query that
-- forgot its school finds nothing rather than another school's rows; a row of another school is refused.
-- Superusers and roles with BYPASSRLS are not held by it: the portal connects as a role that is neither.
--
-- The revision chain, its index, the counted changes and the link look-up of the public consent form
-- follow the school too.

-- The school in hand of this connection; null when none is, which no row matches.
create function school_in_hand() returns uuid language sql stable parallel safe as $$
    select nullif(current_setting('safepost.school', true), '')::uuid
$$;

do $$
declare
    t text;
begin
    for t in select c.relname from pg_class c
             join pg_attribute a on a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped
             where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
               and c.relname not in ('staff_membership', 'staff_membership_aud', 'school_logo', 'school_chosen',
                                     'daily_job_run')
             order by c.relname loop
        -- Rows written without naming their school (collection tables, a JDBC insert) are the school in hand's.
        execute format('alter table %I alter column school_id set default school_in_hand()', t);
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy school_in_hand on %I using (school_id = school_in_hand())'
                       || ' with check (school_id = school_in_hand())', t);
    end loop;
end
$$;

-- A row's digest leaves its school out: rows sealed before schools had a column keep their digest, and
-- each school's chain is verified over that school's rows only, so a row moved to another school is
-- missing from its own revision.
create or replace function audit_row_digest(table_name text, content jsonb) returns char(64) language sql immutable as $$
    select encode(sha256(convert_to(table_name || ':'
        || jsonb_strip_nulls(content - 'revend' - 'revend_tstmp' - 'school_id')::text, 'UTF8')), 'hex')
$$;

-- Which rows of an audit table a school's revision wrote: those of the school (the trust's own tables,
-- the school register and memberships, have no school column).
create function audit_school_condition(table_name text) returns text language sql stable as $$
    select case when exists (select 1 from pg_attribute x where x.attrelid = table_name::regclass
                             and x.attname = 'school_id' and not x.attisdropped)
                then 'a.rev = $1 and a.school_id = $2' else 'a.rev = $1' end
$$;

drop function audit_revision_digest(bigint);
create function audit_revision_digest(p_rev bigint, p_school uuid) returns char(64) language plpgsql stable as $$
declare
    t       text;
    part    text[];
    digests text[] := '{}';
begin
    for t in select audit_tables() loop
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

drop function audit_verified_digest(bigint);
create function audit_verified_digest(p_rev bigint, p_school uuid) returns char(64) language plpgsql stable as $$
declare
    t       text;
    part    text[];
    digests text[] := '{}';
begin
    for t in select audit_tables() loop
        execute format('select coalesce(array_agg(coalesce(x.original_digest, d.digest)), ''{}'') '
                       || 'from (select audit_row_digest(%L, to_jsonb(a)) as digest from %I a where %s) d '
                       || 'left join audit_redaction x on x.audit_table = %L and x.rev = $1 and x.school_id = $2'
                       || ' and x.redacted_digest = d.digest',
                       t, t, audit_school_condition(t), t) into part using p_rev, p_school;
        digests := digests || part;
    end loop;
    select coalesce(array_agg(audit_row_digest('audit_redaction', to_jsonb(r))), '{}') into part
    from audit_redaction r where r.redaction_rev = p_rev and r.school_id = p_school;
    digests := digests || part;
    return encode(sha256(convert_to(coalesce((select string_agg(d, ',' order by d) from unnest(digests) d), ''),
        'UTF8')), 'hex');
end
$$;

-- The audit index lists a revision's records under the revision's school.
create or replace function index_revision(p_rev bigint) returns void language plpgsql as $$
declare
    t    text;
    info revision_info%rowtype;
begin
    select * into info from revision_info where id = p_rev;
    for t in select a.table_name from (select audit_tables() as table_name) a
             where exists (select 1 from pg_attribute x where x.attrelid = a.table_name::regclass
                           and x.attname = 'id' and not x.attisdropped) loop
        execute format('insert into audit_entry (school_id, rev, audit_table, record_id, revtype, rev_timestamp, username) '
                       || 'select $4, a.rev, %L, a.id::text, coalesce(a.revtype, 1), $3, $5 from %I a where %s '
                       || 'on conflict do nothing', t, t, audit_school_condition(t))
            using p_rev, info.school_id, info.rev_timestamp, info.school_id, info.username;
    end loop;
end
$$;

-- Seals one revision as the next link of its school's chain, under that school's lock: the schools'
-- chains grow side by side, each one link at a time.
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
    perform pg_advisory_xact_lock(hashtextextended('revision-chain ' || info.school_id::text, 7243010912));
    if exists (select 1 from revision_chain where rev = p_rev) then
        return;
    end if;
    digest := audit_revision_digest(p_rev, info.school_id);
    select * into last from revision_chain where school_id = info.school_id order by position desc limit 1;
    prev := coalesce(last.hash, repeat('0', 64));
    insert into revision_chain (school_id, position, rev, content_digest, previous_hash, hash)
    values (info.school_id, coalesce(last.position, 0) + 1, p_rev, digest, prev,
            audit_link_hash(prev, p_rev, info.rev_timestamp, info.username, info.roles, digest));
end
$$;

-- The checks' counted changes, per school: a change counts for the school in hand. Work with no school
-- in hand that changes these tables (a migration, a fixture written as the database's owner) counts for
-- every school, so that no school keeps an index the change made stale.
create or replace function count_change() returns trigger language plpgsql as $$
declare
    school  uuid := school_in_hand();
    counted text := 'safepost.counted_' || replace(tg_argv[0], '-', '_');
begin
    if school is null then
        insert into change_count (school_id, subject, changes) select id, tg_argv[0], 1 from school
        on conflict (school_id, subject) do update set changes = change_count.changes + 1;
    elsif current_setting(counted, true) is distinct from school::text then
        insert into change_count (school_id, subject, changes) values (school, tg_argv[0], 1)
        on conflict (school_id, subject) do update set changes = change_count.changes + 1;
        perform set_config(counted, school::text, true);
    end if;
    return null;
end $$;

-- The public consent form's one look-up with no school in hand: the school whose office sent the link
-- with this token's hash, and nothing else about it. It runs as the schema's owner (a role that row-level
-- security does not hold: see the decision record), so that the policies stay whole.
create function consent_form_link_school(p_token_hash text) returns uuid language sql stable
    security definer set search_path from current as $$
    select school_id from consent_form_link where token_hash = p_token_hash
$$;
