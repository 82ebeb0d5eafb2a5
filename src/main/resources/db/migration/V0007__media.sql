-- Photos (issue 8): the stored images by content hash, and the audited photo records that point at them.
-- media_content holds only images the portal encoded itself (metadata stripped, pixels upright);
-- it is not audited: the audit trail keeps each photo's hash, not its pixels.

create table media_content (
    sha256     varchar(64) primary key,
    bytes      bytea    not null,
    size_bytes bigint   not null,
    stored_at  timestamp(6) with time zone not null
);

create table photo (
    id                uuid primary key,
    version           bigint        not null,
    content_sha256    varchar(64)      not null references media_content (sha256),
    content_type      varchar(20)   not null,
    width             integer       not null,
    height            integer       not null,
    size_bytes        bigint        not null,
    file_name         varchar(255),
    device_make       varchar(120),
    device_model      varchar(120),
    device_serial     varchar(120),
    device_registered boolean       not null,
    covers            varchar(4000) not null,
    uploaded_by       varchar(120)  not null,
    uploaded_at       timestamp(6) with time zone not null
);
create index photo_uploaded_by_idx on photo (uploaded_by, uploaded_at);
create index photo_content_idx on photo (content_sha256);

create table photo_aud (
    id                uuid   not null,
    rev               bigint not null references revision_info (id),
    revtype           smallint,
    revend            bigint references revision_info (id),
    revend_tstmp      timestamp(6),
    content_sha256    varchar(64),
    content_type      varchar(20),
    width             integer,
    height            integer,
    size_bytes        bigint,
    file_name         varchar(255),
    device_make       varchar(120),
    device_model      varchar(120),
    device_serial     varchar(120),
    device_registered boolean,
    covers            varchar(4000),
    uploaded_by       varchar(120),
    uploaded_at       timestamp(6) with time zone,
    primary key (id, rev)
);
create index photo_aud_rev_idx on photo_aud (rev);
create index photo_aud_revend_idx on photo_aud (revend);
