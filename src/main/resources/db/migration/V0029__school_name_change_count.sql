-- The policy checks never take the school's own name for a pupil's ("Jesse Gray Primary"), so the
-- roster index each instance keeps holds the school's name too: a new school, or a new name on its
-- profile, counts as a change to what the checks read (docs/decisions/0019-counted-changes.md).
create trigger school_change_count after insert or delete or truncate on school
    for each statement execute function count_change('roster-and-posting-rules');
create trigger school_name_change_count after update on school
    for each row when (old.name is distinct from new.name) execute function count_change('roster-and-posting-rules');
