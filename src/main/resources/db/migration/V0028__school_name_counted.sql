-- The name mask leaves the school's own name alone ("Jesse Gray" is the school, not a pupil), so each
-- portal instance keeps the school's name with the roster and rebuilds its mask when either changes
-- (docs/decisions/0021-one-name-mask.md). A change of the school's name is counted with the roster;
-- other edits of the profile are not.
create trigger school_name_change_count after update on school
    for each row when (old.name is distinct from new.name) execute function count_change('roster-and-posting-rules');
create trigger school_added_change_count after insert or delete or truncate on school
    for each statement execute function count_change('roster-and-posting-rules');
