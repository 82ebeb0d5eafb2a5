-- Subject access and erasure (docs/decisions/0032-subject-access-and-erasure.md). Both are facts kept in
-- the audit trail: who took everything held about which pupil out of the portal, with or without names
-- in incidents; and who erased a pupil's photos, with how many posts and photos, never an image.

create table subject_access_export (
    id          uuid primary key,
    version     bigint       not null,
    school_id   uuid         not null default school_in_hand() references school (id),
    pupil_id    uuid         not null,
    with_names  boolean      not null,
    via         varchar(10)  not null,
    exported_by varchar(120) not null,
    exported_at timestamp(6) with time zone not null
);
create index subject_access_export_pupil_idx on subject_access_export (school_id, pupil_id);

create table subject_access_export_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    school_id    uuid   not null default school_in_hand(),
    pupil_id     uuid,
    with_names   boolean,
    via          varchar(10),
    exported_by  varchar(120),
    exported_at  timestamp(6) with time zone,
    primary key (id, rev)
);
create index subject_access_export_aud_rev_idx on subject_access_export_aud (rev);
create index subject_access_export_aud_revend_idx on subject_access_export_aud (revend);

create table pupil_erasure (
    id               uuid primary key,
    version          bigint       not null,
    school_id        uuid         not null default school_in_hand() references school (id),
    pupil_id         uuid         not null,
    posts_taken_down integer      not null,
    photos_deleted   integer      not null,
    drafts_changed   integer      not null,
    erased_by        varchar(120) not null,
    erased_at        timestamp(6) with time zone not null
);
create index pupil_erasure_pupil_idx on pupil_erasure (school_id, pupil_id);

create table pupil_erasure_aud (
    id               uuid   not null,
    rev              bigint not null references revision_info (id),
    revtype          smallint,
    revend           bigint references revision_info (id),
    revend_tstmp     timestamp(6),
    school_id        uuid   not null default school_in_hand(),
    pupil_id         uuid,
    posts_taken_down integer,
    photos_deleted   integer,
    drafts_changed   integer,
    erased_by        varchar(120),
    erased_at        timestamp(6) with time zone,
    primary key (id, rev)
);
create index pupil_erasure_aud_rev_idx on pupil_erasure_aud (rev);
create index pupil_erasure_aud_revend_idx on pupil_erasure_aud (revend);

do $$
declare
    t text;
begin
    foreach t in array array['subject_access_export', 'subject_access_export_aud', 'pupil_erasure', 'pupil_erasure_aud'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy school_in_hand on %I using (school_id = school_in_hand())'
                       || ' with check (school_id = school_in_hand())', t);
    end loop;
end
$$;
