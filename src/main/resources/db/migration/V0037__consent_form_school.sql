-- A consent form link belongs to the school whose office sent it: the parent's page opens outside
-- single sign-on with no school in hand, and the link is what says which school the answers are for
-- (its name on the page, its purposes, its roster). Links already sent belong to the portal's only
-- school; a portal of several schools had none yet.
alter table consent_form_link add column school_id uuid references school (id);
alter table consent_form_link_aud add column school_id uuid;
update consent_form_link set school_id = (select id from school) where (select count(*) from school) = 1;
