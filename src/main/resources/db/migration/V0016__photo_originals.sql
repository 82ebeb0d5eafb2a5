-- Originals of photos as uploaded, kept only while the school's setting safepost.media.keep-originals
-- is on: encrypted (AES-256-GCM, key outside the database) and deleted once the post is published or
-- the photo is discarded. Not audited: the audit trail records the photo, never its original bytes.
create table photo_original (
    photo_id   uuid primary key references photo (id) on delete cascade,
    nonce      bytea                       not null,
    ciphertext bytea                       not null,
    kept_at    timestamp(6) with time zone not null
);
