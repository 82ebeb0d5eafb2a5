-- A Mastodon account keeps its own server, chosen by SLT; without one, the server its handle
-- names, else the portal's setting (safepost.publishing.mastodon.base-url), as for every account before.
alter table social_account add column mastodon_server varchar(200);
alter table social_account_aud add column mastodon_server varchar(200);

-- A post the platform would not let the portal look for before a resend (X's API plan) waits as
-- UNCHECKED until SLT look on the platform: found there (published at the address they give) or not
-- (the attempt after it sends without looking). Who confirmed it, and when, is kept on the post.
alter table publication add column resend_at_attempt integer;
alter table publication add column checked_by varchar(120);
alter table publication add column checked_at timestamp(6) with time zone;
alter table publication_aud add column resend_at_attempt integer;
alter table publication_aud add column checked_by varchar(120);
alter table publication_aud add column checked_at timestamp(6) with time zone;
