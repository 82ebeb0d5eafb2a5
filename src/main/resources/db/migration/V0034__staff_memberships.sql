-- A person may work in several schools of the trust with other roles and classes in each. Each sign-in
-- through the single sign-on records what the claims say per school (staff_membership, audited); the
-- staff directory (staff_member and the classes' staff) follows the school in hand.
create table staff_membership (
    id        uuid primary key,
    version   bigint        not null,
    username  varchar(120)  not null,
    school_id uuid          not null references school (id),
    roles     varchar(300)  not null,
    classes   varchar(1000) not null,
    unique (username, school_id)
);
create index staff_membership_school_idx on staff_membership (school_id);

create table staff_membership_aud (
    id           uuid   not null,
    rev          bigint not null references revision_info (id),
    revtype      smallint,
    revend       bigint references revision_info (id),
    revend_tstmp timestamp(6),
    username     varchar(120),
    school_id    uuid,
    roles        varchar(300),
    classes      varchar(1000),
    primary key (id, rev)
);
create index staff_membership_aud_rev_idx on staff_membership_aud (rev);
create index staff_membership_aud_revend_idx on staff_membership_aud (revend);

-- The school a person working in several chose last in the header: where their next sign-in starts.
-- A preference of the person's, not a record of the school's, so not audited.
create table school_chosen (
    username  varchar(120) primary key,
    school_id uuid         not null references school (id),
    chosen_at timestamp(6) with time zone not null
);
