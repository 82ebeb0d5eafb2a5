-- Nightly backups and the weekly restore drill (docs/reliability.md, "Backup and restore"): one row per
-- run, whichever portal instance ran it, for the SLT home page and the Audit integrity screen. The
-- portal's own record of a job it did, like integrity_check_run: not a school's record, not audited.
create table backup_run (
    id           bigserial primary key,
    kind         varchar(20)                 not null check (kind in ('BACKUP', 'DRILL')),
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone not null,
    instance     varchar(100)                not null,
    succeeded    boolean                     not null,
    -- The backup's file name (for a drill: the backup it restored), its size and SHA-256.
    file_name    varchar(200),
    size_bytes   bigint,
    sha256       char(64),
    -- What went wrong, or for a drill what it verified, in words.
    summary      varchar(2000)               not null
);
create index backup_run_kind_idx on backup_run (kind, succeeded, finished_at desc);
