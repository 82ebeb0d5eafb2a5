-- A Mastodon account keeps its own server, chosen by SLT; without one, the server its handle
-- names, else the portal's setting (safepost.publishing.mastodon.base-url), as for every account before.
alter table social_account add column mastodon_server varchar(200);
alter table social_account_aud add column mastodon_server varchar(200);
