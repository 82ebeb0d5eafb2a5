-- What the portal finds in a photo after taking it in (faces, text), done off the request thread by
-- whichever instance claims it first. Derived from the stored image and deleted with the photo; not a
-- record anyone edits, so not audited (as media_content). Faces are boxes only, never templates.

create table photo_analysis (
    photo_id      uuid primary key references photo (id) on delete cascade,
    state         varchar(10)  not null,
    step          varchar(10)  not null,
    attempts      integer      not null,
    claimed_by    varchar(120),
    claimed_until timestamp(6) with time zone,
    -- one line per face: id,x,y,width,height (pixels of the stored, upright image)
    faces         text         not null,
    -- one line per word read: line number, x, y, width, height, word (tab-separated)
    words         text         not null,
    failure       varchar(300),
    queued_at     timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone
);
create index photo_analysis_due_idx on photo_analysis (state, queued_at);

-- Photos taken in before this version are analysed too.
insert into photo_analysis (photo_id, state, step, attempts, faces, words, queued_at)
select id, 'PENDING', 'QUEUED', 0, '', '', uploaded_at from photo;
