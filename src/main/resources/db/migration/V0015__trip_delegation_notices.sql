-- When the delegate and SLT were told that a trip delegation started and ended (or was revoked).
alter table trip_delegation add column start_announced_at timestamp(6) with time zone;
alter table trip_delegation add column end_announced_at timestamp(6) with time zone;
alter table trip_delegation_aud add column start_announced_at timestamp(6) with time zone;
alter table trip_delegation_aud add column end_announced_at timestamp(6) with time zone;

-- Delegations that started or ended before notices existed are not announced after the fact.
update trip_delegation set start_announced_at = starts_at where starts_at <= now();
update trip_delegation set end_announced_at = coalesce(revoked_at, ends_at)
    where ends_at <= now() or revoked_at is not null;

create index trip_delegation_unannounced_idx on trip_delegation (starts_at)
    where end_announced_at is null;
