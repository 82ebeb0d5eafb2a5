-- The device check of a photo (P3) with enrolled iPads: what the check found (device_check), whether
-- it was uploaded from an enrolled school iPad in service (device_enrolled), and the register entry it
-- is tied to by serial or enrolment (device_id, and its label as it was then). device_registered stays:
-- whether the photo passes the check.

alter table photo add column device_check varchar(30);
alter table photo add column device_enrolled boolean not null default false;
alter table photo add column device_id uuid;
alter table photo add column device_label varchar(120);

-- Photos taken in before: checked by serial only, uploaded before any browser was enrolled.
update photo set device_check = case
    when device_registered then 'REGISTERED_SERIAL'
    when device_serial is not null then 'SERIAL_NOT_REGISTERED'
    else 'NOT_ENROLLED' end;
update photo p set device_id = d.id, device_label = d.label
from school_device d where p.device_registered and d.serial = p.device_serial;
alter table photo alter column device_check set not null;
alter table photo alter column device_enrolled drop default;

-- Earlier audit rows stay as they were sealed: the new columns are null there.
alter table photo_aud add column device_check varchar(30);
alter table photo_aud add column device_enrolled boolean;
alter table photo_aud add column device_id uuid;
alter table photo_aud add column device_label varchar(120);
