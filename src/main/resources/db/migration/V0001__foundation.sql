-- Foundation: the audit trail, the school, its classes, staff and devices, pupils, accounts, policies.
-- Every audited table has a *_aud twin kept by Hibernate Envers with the validity strategy
-- (revend and revend_tstmp close a row's validity when a later revision replaces it).

create sequence revision_info_seq start with 1 increment by 1;

create table revision_info (
    id            bigint primary key,
    rev_timestamp bigint       not null,
    username      varchar(120) not null,
    roles         varchar(500) not null
);
create index revision_info_username_idx on revision_info (username);
create index revision_info_timestamp_idx on revision_info (rev_timestamp);

create table school (
    id                  uuid primary key,
    version             bigint       not null,
    name                varchar(120) not null,
    contact_email       varchar(254) not null,
    contact_phone       varchar(40),
    address             varchar(300),
    whole_school_handle varchar(60)  not null
);

create table school_aud (
    id                  uuid     not null,
    rev                 bigint   not null references revision_info (id),
    revtype             smallint,
    revend              bigint references revision_info (id),
    revend_tstmp        timestamp(6),
    name                varchar(120),
    contact_email       varchar(254),
    contact_phone       varchar(40),
    address             varchar(300),
    whole_school_handle varchar(60),
    primary key (id, rev)
);
create index school_aud_rev_idx on school_aud (rev);
create index school_aud_revend_idx on school_aud (revend);

create table staff_member (
    id           uuid primary key,
    version      bigint       not null,
    username     varchar(120) not null unique,
    display_name varchar(120) not null,
    email        varchar(254),
    roles        varchar(300) not null
);

create table staff_member_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    username     varchar(120),
    display_name varchar(120),
    email        varchar(254),
    roles        varchar(300),
    primary key (id, rev)
);
create index staff_member_aud_rev_idx on staff_member_aud (rev);
create index staff_member_aud_revend_idx on staff_member_aud (revend);

create table school_class (
    id               uuid primary key,
    version          bigint      not null,
    name             varchar(60) not null unique,
    year_group       varchar(2)  not null,
    nickname         varchar(60),
    class_teacher_id uuid references staff_member (id)
);
create index school_class_teacher_idx on school_class (class_teacher_id);

create table school_class_aud (
    id               uuid   not null,
    rev              bigint not null references revision_info (id),
    revtype          smallint,
    revend           bigint references revision_info (id),
    revend_tstmp     timestamp(6),
    name             varchar(60),
    year_group       varchar(2),
    nickname         varchar(60),
    class_teacher_id uuid,
    primary key (id, rev)
);
create index school_class_aud_rev_idx on school_class_aud (rev);
create index school_class_aud_revend_idx on school_class_aud (revend);

create table school_class_assistant (
    class_id uuid not null references school_class (id),
    staff_id uuid not null references staff_member (id),
    primary key (class_id, staff_id)
);
create index school_class_assistant_staff_idx on school_class_assistant (staff_id);

create table school_class_assistant_aud (
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    class_id     uuid   not null,
    staff_id     uuid   not null,
    primary key (class_id, staff_id, rev)
);
create index school_class_assistant_aud_rev_idx on school_class_assistant_aud (rev);
create index school_class_assistant_aud_revend_idx on school_class_assistant_aud (revend);

create table school_device (
    id         uuid primary key,
    version    bigint       not null,
    label      varchar(120) not null,
    make       varchar(60)  not null,
    model      varchar(120) not null,
    serial     varchar(60)  not null unique,
    in_service boolean      not null
);

create table school_device_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    label        varchar(120),
    make         varchar(60),
    model        varchar(120),
    serial       varchar(60),
    in_service   boolean,
    primary key (id, rev)
);
create index school_device_aud_rev_idx on school_device_aud (rev);
create index school_device_aud_revend_idx on school_device_aud (revend);

create table pupil (
    id                  uuid primary key,
    version             bigint      not null,
    upn                 varchar(13) not null unique,
    first_name          varchar(60) not null,
    surname             varchar(60) not null,
    preferred_name      varchar(60),
    class_id            uuid        not null references school_class (id),
    image_consent       boolean     not null,
    consent_recorded_on date,
    archived            boolean     not null
);
create index pupil_class_idx on pupil (class_id) where not archived;

create table pupil_aud (
    id                  uuid   not null,
    rev                 bigint not null references revision_info (id),
    revtype             smallint,
    revend              bigint references revision_info (id),
    revend_tstmp        timestamp(6),
    upn                 varchar(13),
    first_name          varchar(60),
    surname             varchar(60),
    preferred_name      varchar(60),
    class_id            uuid,
    image_consent       boolean,
    consent_recorded_on date,
    archived            boolean,
    primary key (id, rev)
);
create index pupil_aud_rev_idx on pupil_aud (rev);
create index pupil_aud_revend_idx on pupil_aud (revend);

create table social_account (
    id       uuid primary key,
    version  bigint      not null,
    handle   varchar(60) not null unique,
    platform varchar(20) not null,
    kind     varchar(20) not null,
    class_id uuid references school_class (id),
    active   boolean     not null
);
create index social_account_class_idx on social_account (class_id);

create table social_account_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    handle       varchar(60),
    platform     varchar(20),
    kind         varchar(20),
    class_id     uuid,
    active       boolean,
    primary key (id, rev)
);
create index social_account_aud_rev_idx on social_account_aud (rev);
create index social_account_aud_revend_idx on social_account_aud (revend);

create table policy_document (
    id             uuid primary key,
    version        bigint       not null,
    title          varchar(200) not null,
    version_number integer      not null,
    owner          varchar(120) not null,
    adopted_on     date,
    review_due     date,
    body           text         not null,
    unique (title, version_number)
);

create table policy_document_aud (
    id             uuid   not null,
    rev            bigint not null references revision_info (id),
    revtype        smallint,
    revend         bigint references revision_info (id),
    revend_tstmp   timestamp(6),
    title          varchar(200),
    version_number integer,
    owner          varchar(120),
    adopted_on     date,
    review_due     date,
    body           text,
    primary key (id, rev)
);
create index policy_document_aud_rev_idx on policy_document_aud (rev);
create index policy_document_aud_revend_idx on policy_document_aud (revend);
