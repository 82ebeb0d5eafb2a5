-- Jobs that must run once a day however many portal instances share the database (policy reminders,
-- retention, the integrity check). An instance runs the day's job only if it can add the day's row;
-- the row is added in the job's own transaction, so a job that fails or whose instance dies leaves no
-- row, and another instance (waiting on the same row) runs it instead.
create table daily_job_run (
    job         varchar(60)                 not null,
    run_on      date                        not null,
    instance    varchar(100)                not null,
    started_at  timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone not null,
    primary key (job, run_on)
);
