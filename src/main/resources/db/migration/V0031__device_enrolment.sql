-- Enrolment of a school iPad's browser (P3). The office enrols the browser on the iPad itself; the
-- browser keeps a random key in a cookie and the portal keeps only its SHA-256, never in the audit
-- table. One enrolment per device is current; a new one ends the old (replaced), and so do revoking
-- and retiring the device. Keys that are presented and refused are recorded, without the key.

create table device_enrolment (
    id          uuid primary key,
    version     bigint       not null,
    device_id   uuid         not null references school_device (id),
    key_sha256  varchar(64)  not null unique,
    enrolled_by varchar(120) not null,
    enrolled_at timestamp(6) with time zone not null,
    ended_by    varchar(120),
    ended_at    timestamp(6) with time zone,
    end_reason  varchar(20)
);
create unique index device_enrolment_current_idx on device_enrolment (device_id) where ended_at is null;

create table device_enrolment_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    device_id    uuid,
    enrolled_by  varchar(120),
    enrolled_at  timestamp(6) with time zone,
    ended_by     varchar(120),
    ended_at     timestamp(6) with time zone,
    end_reason   varchar(20),
    primary key (id, rev)
);
create index device_enrolment_aud_rev_idx on device_enrolment_aud (rev);
create index device_enrolment_aud_revend_idx on device_enrolment_aud (revend);

create table device_key_refusal (
    id           uuid primary key,
    version      bigint       not null,
    enrolment_id uuid references device_enrolment (id),
    device_id    uuid references school_device (id),
    reason       varchar(20)  not null,
    presented_by varchar(120) not null,
    presented_at timestamp(6) with time zone not null
);
create index device_key_refusal_device_idx on device_key_refusal (device_id, presented_at);

create table device_key_refusal_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    enrolment_id uuid,
    device_id    uuid,
    reason       varchar(20),
    presented_by varchar(120),
    presented_at timestamp(6) with time zone,
    primary key (id, rev)
);
create index device_key_refusal_aud_rev_idx on device_key_refusal_aud (rev);
create index device_key_refusal_aud_revend_idx on device_key_refusal_aud (revend);
