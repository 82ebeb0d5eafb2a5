-- Neither the policy checks nor the name mask take the school's own name for a pupil's ("Jesse Gray
-- Primary"), so each portal instance keeps the school's name with its roster index and mask and
-- rebuilds them when either changes: a new school, or a new name on its profile, counts as a change to
-- what the checks read (docs/decisions/0019-counted-changes.md, 0021-one-name-mask.md). Other edits of
-- the profile are not counted.
create trigger school_name_change_count after update on school
    for each row when (old.name is distinct from new.name) execute function count_change('roster-and-posting-rules');
create trigger school_added_change_count after insert or delete or truncate on school
    for each statement execute function count_change('roster-and-posting-rules');
