-- The nightly integrity check reads only the links after the latest anchor, and the whole chain once a
-- week (docs/decisions/0043-audit-at-scale-and-load-shedding.md): each kept run says where it started,
-- so the screen tells a full check from a nightly one and the next night knows when the last full one passed.
alter table integrity_check_run add column from_position bigint not null default 1;
