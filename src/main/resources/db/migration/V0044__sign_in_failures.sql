-- Failed sign-ins in a row, per client address and username and per client address alone, shared by
-- every portal instance so that a second instance does not give a password guesser a fresh count
-- (docs/decisions/0033-nothing-exhausts-the-portal.md). Counts, not records: not audited; a row whose
-- lockout has lapsed means nothing and is deleted by the next failure anywhere.
create table sign_in_failure (
    throttle_key   varchar(400) primary key,
    failures       integer      not null,
    last_failed_at timestamp(6) with time zone not null
);

create index sign_in_failure_last_failed_at_idx on sign_in_failure (last_failed_at);
