-- Notifications (issue 11): in-app notices kept per recipient, and the e-mail outbox that is retried
-- while the mail server is unreachable.

create table notice (
    id         uuid primary key,
    version    bigint        not null,
    recipient  varchar(120)  not null,
    subject    varchar(200)  not null,
    body       varchar(2000) not null,
    link       varchar(300),
    created_at timestamp(6) with time zone not null,
    read_at    timestamp(6) with time zone
);
create index notice_recipient_idx on notice (recipient, created_at);

create table notice_aud (
    id         uuid   not null,
    rev        bigint not null references revision_info (id),
    revtype    smallint,
    revend     bigint references revision_info (id),
    revend_tstmp timestamp(6),
    recipient  varchar(120),
    subject    varchar(200),
    body       varchar(2000),
    link       varchar(300),
    created_at timestamp(6) with time zone,
    read_at    timestamp(6) with time zone,
    primary key (id, rev)
);
create index notice_aud_rev_idx on notice_aud (rev);
create index notice_aud_revend_idx on notice_aud (revend);

create table outbound_email (
    id              uuid primary key,
    version         bigint        not null,
    recipient       varchar(120)  not null,
    address         varchar(254)  not null,
    subject         varchar(200)  not null,
    body            text          not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    created_at      timestamp(6) with time zone not null,
    next_attempt_at timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    last_error      varchar(500)
);
create index outbound_email_due_idx on outbound_email (status, next_attempt_at);

create table outbound_email_aud (
    id              uuid   not null,
    rev             bigint not null references revision_info (id),
    revtype         smallint,
    revend          bigint references revision_info (id),
    revend_tstmp    timestamp(6),
    recipient       varchar(120),
    address         varchar(254),
    subject         varchar(200),
    body            text,
    status          varchar(20),
    attempts        integer,
    created_at      timestamp(6) with time zone,
    next_attempt_at timestamp(6) with time zone,
    sent_at         timestamp(6) with time zone,
    last_error      varchar(500),
    primary key (id, rev)
);
create index outbound_email_aud_rev_idx on outbound_email_aud (rev);
create index outbound_email_aud_revend_idx on outbound_email_aud (revend);
