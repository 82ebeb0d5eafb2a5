-- People and consent (issue 5): the image-consent register (P14) and where a pupil's consent came from.
-- The pupil row keeps the current consent for fast reads; image_consent_record keeps every decision.

alter table pupil add column consent_source varchar(20);
alter table pupil_aud add column consent_source varchar(20);

create table image_consent_record (
    id          uuid primary key,
    version     bigint       not null,
    pupil_id    uuid         not null references pupil (id),
    consent     boolean      not null,
    source      varchar(20)  not null,
    recorded_on date,
    recorded_by varchar(120) not null,
    recorded_at timestamp(6) with time zone not null,
    note        varchar(500)
);
create index image_consent_record_pupil_idx on image_consent_record (pupil_id, recorded_at);

create table image_consent_record_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    pupil_id     uuid,
    consent      boolean,
    source       varchar(20),
    recorded_on  date,
    recorded_by  varchar(120),
    recorded_at  timestamp(6) with time zone,
    note         varchar(500),
    primary key (id, rev)
);
create index image_consent_record_aud_rev_idx on image_consent_record_aud (rev);
create index image_consent_record_aud_revend_idx on image_consent_record_aud (revend);

-- The roster screens list a class's pupils and look pupils up by class; archived pupils stay for the audit trail.
create index pupil_archived_idx on pupil (archived);
