-- What the policy checks read besides the post (the roster, the classes and their staff, the accounts
-- and the Computing Lead's guidance) is kept in memory by each portal instance: the roster as a name
-- index, the rest for the checks as staff type and for the API's check. The database counts every
-- change to it, whichever instance made it, so an instance knows with one small read whether what it
-- holds is still current (docs/decisions/0019-counted-changes.md).
create table change_count (
    subject varchar(40) not null primary key,
    changes bigint      not null
);
insert into change_count (subject, changes) values ('roster-and-posting-rules', 0);

-- Counts a change once per transaction, whatever its number of statements: a roster import of 2,000
-- pupils adds one, not 2,000. The count's row stays locked until the transaction ends, so changes to
-- these tables commit one after another; none of them is frequent.
create function count_change() returns trigger language plpgsql as $$
begin
    if current_setting('safepost.counted_' || replace(tg_argv[0], '-', '_'), true) is distinct from 'yes' then
        update change_count set changes = changes + 1 where subject = tg_argv[0];
        perform set_config('safepost.counted_' || replace(tg_argv[0], '-', '_'), 'yes', true);
    end if;
    return null;
end $$;

create trigger pupil_change_count after insert or update or delete or truncate on pupil
    for each statement execute function count_change('roster-and-posting-rules');
create trigger school_class_change_count after insert or update or delete or truncate on school_class
    for each statement execute function count_change('roster-and-posting-rules');
create trigger school_class_assistant_change_count after insert or update or delete or truncate on school_class_assistant
    for each statement execute function count_change('roster-and-posting-rules');
create trigger social_account_change_count after insert or update or delete or truncate on social_account
    for each statement execute function count_change('roster-and-posting-rules');
create trigger posting_guidance_change_count after insert or update or delete or truncate on posting_guidance
    for each statement execute function count_change('roster-and-posting-rules');
-- Classes name their staff by username: a sign-in updates the staff row, but only a new username counts.
create trigger staff_member_change_count after update on staff_member
    for each row when (old.username is distinct from new.username) execute function count_change('roster-and-posting-rules');
create trigger staff_member_removal_change_count after delete or truncate on staff_member
    for each statement execute function count_change('roster-and-posting-rules');
