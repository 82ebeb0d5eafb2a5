-- Every record of a school's data belongs to that school: school_id on each school-owned table and its
-- audit twin, backfilled with the portal's one school, then required, a foreign key to the school,
-- unique values unique within a school, references between records within one school, and indexes
-- leading with the school (docs/decisions/0028-records-of-a-school-and-row-level-security.md).
-- Row-level security follows in V0041.
--
-- Not per school (the trust's own records, and the portal's bookkeeping): school, school_aud,
-- school_logo, school_chosen, staff_membership and its twin, credential_key_check, consent_form_attempt,
-- daily_job_run (which gets a school for the jobs run per school), flyway_schema_history.

create function pg_temp.school_owned() returns text[] language sql immutable as $$
    -- Children before their parents: the order in which the rows of a portal with no school are removed.
    select array[
        'audit_entry', 'revision_chain', 'integrity_check_run', 'audit_export',
        'notice', 'outbound_email',
        'follower_decision', 'follower', 'follow_exception', 'follower_sync', 'follower_sync_claim',
        'incident_step', 'incident',
        'publication', 'live_publishing', 'sandbox_post',
        'review_decision', 'consent_action', 'trip_post_review',
        'draft_check_finding', 'draft_check', 'draft_photo', 'draft_pupil', 'draft_face', 'draft',
        'photo_original', 'photo_analysis', 'photo', 'media_content',
        'policy_acknowledgement', 'review_comment', 'policy_review', 'policy_document', 'policy',
        'trip_delegation', 'posting_guidance', 'account_credential', 'social_account',
        'consent_form_link', 'never_publish_flag', 'pupil_consent', 'image_consent_record', 'pupil',
        'consent_purpose', 'consent_settings',
        'device_key_refusal', 'device_enrolment', 'school_device',
        'school_class_assistant', 'school_class', 'staff_member',
        'change_count',
        'audit_redaction', 'revision_info']
$$;

-- The school owned tables and their audit twins, as they exist.
create function pg_temp.school_owned_with_twins() returns setof text language sql stable as $$
    select v.name from unnest(pg_temp.school_owned()) with ordinality u (t, n)
    cross join lateral (values (t), (t || '_aud')) v (name)
    where to_regclass(v.name) is not null
    order by u.n, v.name = u.t
$$;

do $$
declare
    the_school uuid;
    t          text;
    data_rows  bigint;
begin
    -- The portal's one school. A database made while the trust was being built may have several:
    -- every record there was made for the school created first.
    the_school := (select id from school where (select count(*) from school) = 1);
    if the_school is null then
        the_school := (select a.id from school_aud a join school s on s.id = a.id
                       where a.revtype = 0 order by a.rev limit 1);
    end if;
    if the_school is null then
        the_school := (select id from school order by name, id limit 1);
    end if;
    if the_school is null then
        -- No school yet. If the portal holds a school's records (a school that never saved its
        -- profile), they get a school for SLT to name; otherwise only the rows earlier migrations
        -- seeded are there, and they go: each school gets its own when it is added.
        select (select count(*) from pupil) + (select count(*) from staff_member) + (select count(*) from school_class)
               + (select count(*) from social_account) + (select count(*) from draft) + (select count(*) from photo)
               + (select count(*) from incident) + (select count(*) from policy) + (select count(*) from notice)
          into data_rows;
        if data_rows > 0 then
            the_school := gen_random_uuid();
            insert into school (id, version, name, contact_email, whole_school_handle)
            values (the_school, 0, 'Our school', 'office@school.invalid',
                    coalesce((select handle from social_account where kind = 'WHOLE_SCHOOL' order by handle limit 1),
                             '@school'));
            raise notice 'The portal had records but no school: they now belong to a school named "Our school", to be named on the school profile';
        else
            for t in select * from pg_temp.school_owned_with_twins() loop
                if t like '%\_aud' then
                    execute format('delete from %I', t);
                end if;
            end loop;
            foreach t in array pg_temp.school_owned() loop
                execute format('delete from %I', t);
            end loop;
        end if;
    end if;

    for t in select * from pg_temp.school_owned_with_twins() loop
        if not exists (select 1 from information_schema.columns
                       where table_schema = current_schema() and table_name = t and column_name = 'school_id') then
            execute format('alter table %I add column school_id uuid', t);
        end if;
        execute format('update %I set school_id = $1 where school_id is null', t) using the_school;
        execute format('alter table %I alter column school_id set not null', t);
        if not exists (select 1 from pg_constraint where conrelid = t::regclass and contype = 'f'
                       and confrelid = 'school'::regclass) then
            execute format('alter table %I add constraint %I foreign key (school_id) references school (id)',
                           t, t || '_school_fkey');
        end if;
    end loop;
end
$$;

-- References between a school's records stay within the school: every foreign key from one school-owned
-- table to another becomes (school_id, column), so that no record can point at another school's.
create temporary table school_owned_reference on commit drop as
select c.conname, c.conrelid::regclass::text as child, a.attname::text as child_column,
       c.confrelid::regclass::text as parent, p.attname::text as parent_column, c.confdeltype
from pg_constraint c
join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
join pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
where c.contype = 'f' and array_length(c.conkey, 1) = 1
  and c.conrelid::regclass::text in (select * from pg_temp.school_owned_with_twins())
  and c.confrelid::regclass::text in (select unnest(pg_temp.school_owned()))
  and p.attname <> 'school_id';

do $$
declare
    r record;
begin
    for r in select * from school_owned_reference loop
        execute format('alter table %I drop constraint %I', r.child, r.conname);
    end loop;
end
$$;

-- Values a second school may well have too: a class named Class 1, a pupil who moved within the trust
-- (the same national UPN on both rolls), an iPad passed on, the same handle, title or purpose code.
alter table staff_member drop constraint staff_member_username_key;
alter table staff_member add constraint staff_member_school_username_key unique (school_id, username);
alter table school_class drop constraint school_class_name_key;
alter table school_class add constraint school_class_school_name_key unique (school_id, name);
alter table school_device drop constraint school_device_serial_key;
alter table school_device add constraint school_device_school_serial_key unique (school_id, serial);
alter table pupil drop constraint pupil_upn_key;
alter table pupil add constraint pupil_school_upn_key unique (school_id, upn);
alter table social_account drop constraint social_account_handle_key;
alter table social_account add constraint social_account_school_handle_key unique (school_id, handle);
alter table policy drop constraint policy_title_key;
alter table policy add constraint policy_school_title_key unique (school_id, title);
alter table policy_document drop constraint policy_document_title_version_number_key;
alter table policy_document add constraint policy_document_school_title_version_key unique (school_id, title, version_number);
alter table consent_purpose drop constraint consent_purpose_code_key;
alter table consent_purpose add constraint consent_purpose_school_code_key unique (school_id, code);
drop index posting_guidance_scope_idx;
create unique index posting_guidance_scope_idx
    on posting_guidance (school_id, coalesce(account_id, '00000000-0000-0000-0000-000000000000'::uuid));
drop index consent_action_open_idx;
create unique index consent_action_open_idx on consent_action (school_id, upn, kind, reference, reason)
    where resolved_at is null;
-- A school's settings: one row per school.
create unique index consent_settings_school_idx on consent_settings (school_id);
-- Photos' bytes are stored once per school: the same picture in two schools is two records.
alter table media_content drop constraint media_content_pkey;
alter table media_content add primary key (school_id, sha256);
-- The counts of changes, per school.
alter table change_count drop constraint change_count_pkey;
alter table change_count add primary key (school_id, subject);
-- Each school's chain has its own positions.
alter table revision_chain drop constraint revision_chain_pkey;
alter table revision_chain add primary key (school_id, position);

do $$
declare
    r record;
begin
    for r in select distinct parent, parent_column from school_owned_reference loop
        if not exists (select 1 from pg_constraint c
                       where c.conrelid = r.parent::regclass and c.contype in ('p', 'u')
                         and c.conkey = array[(select attnum from pg_attribute where attrelid = r.parent::regclass and attname = 'school_id'),
                                              (select attnum from pg_attribute where attrelid = r.parent::regclass and attname = r.parent_column)]) then
            execute format('alter table %I add constraint %I unique (school_id, %I)',
                           r.parent, r.parent || '_school_' || r.parent_column || '_key', r.parent_column);
        end if;
    end loop;
    for r in select * from school_owned_reference loop
        execute format('alter table %I add constraint %I foreign key (school_id, %I) references %I (school_id, %I)%s',
                       r.child, r.conname, r.child_column, r.parent, r.parent_column,
                       case r.confdeltype when 'c' then ' on delete cascade' when 'n' then ' on delete set null' else '' end);
    end loop;
end
$$;

-- Indexes lead with the school: every query a school's screens and jobs make filters by it.
do $$
declare
    r record;
    t text;
begin
    for r in select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
             from pg_index i join pg_class c on c.oid = i.indrelid
             where c.relname = any (pg_temp.school_owned()) and c.relnamespace = current_schema()::regnamespace
               and not i.indisunique and not i.indisprimary
               and pg_get_indexdef(i.indexrelid) not like '%(school_id%' loop
        execute format('drop index %I', r.name);
        execute regexp_replace(r.definition, 'USING btree \(', 'USING btree (school_id, ');
    end loop;
    foreach t in array pg_temp.school_owned() loop
        if not exists (select 1 from pg_index i where i.indrelid = t::regclass
                       and i.indkey[0] = (select attnum from pg_attribute where attrelid = t::regclass and attname = 'school_id')) then
            execute format('create index %I on %I (school_id)', t || '_school_idx', t);
        end if;
    end loop;
end
$$;

-- Jobs that run once a day run once a day in each school; a job for the whole portal has no school.
alter table daily_job_run add column school_id uuid references school (id);
alter table daily_job_run drop constraint daily_job_run_pkey;
create unique index daily_job_run_once_idx
    on daily_job_run (job, run_on, coalesce(school_id, '00000000-0000-0000-0000-000000000000'::uuid));
