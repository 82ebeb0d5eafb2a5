-- The school's chair of governors (a governor's username on the school profile), who is e-mailed each
-- anchor of the school's revision chain with the head teacher. Null in old audit rows is left out of
-- their digest (audit_row_digest strips nulls), so the chain still verifies.
alter table school add column chair_of_governors varchar(100);
alter table school_aud add column chair_of_governors varchar(100);
