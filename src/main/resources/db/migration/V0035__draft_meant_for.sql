-- The day and time the author means a draft to go out: the calendar shows a draft still waiting on
-- that day, and the reviewer's "Approve and schedule" starts from it. Not part of what is approved:
-- changing it sends nothing back for approval.
alter table draft add column meant_for timestamp(6) with time zone;
alter table draft_aud add column meant_for timestamp(6) with time zone;
create index draft_meant_for_idx on draft (meant_for) where meant_for is not null;
