-- Faces in a draft's photos (P15): who each face the portal found is, as the author said (a pupil's UPN,
-- adult or not-a-face), and the author's confirmation that they checked every face in the photo.

alter table draft_photo add column faces_checked boolean not null default false;
alter table draft_photo_aud add column faces_checked boolean;

create table draft_face (
    id          uuid primary key,
    draft_id    uuid         not null references draft (id) on delete cascade,
    media_id    uuid         not null,
    face_id     varchar(10)  not null,
    assignment  varchar(13)  not null
);
create index draft_face_draft_idx on draft_face (draft_id);
create index draft_face_assignment_idx on draft_face (assignment);

create table draft_face_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    draft_id     uuid,
    media_id     uuid,
    face_id      varchar(10),
    assignment   varchar(13),
    primary key (id, rev)
);
create index draft_face_aud_rev_idx on draft_face_aud (rev);
create index draft_face_aud_revend_idx on draft_face_aud (revend);
