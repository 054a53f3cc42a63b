-- 会議: statistics snapshots (counts by 圏域, care items, consultations by topic) attached to a meeting,
-- frozen at the meeting date. The tables are stored as JSON text and never change.
create table council_meeting_snapshots (
    id uuid primary key,
    meeting_id uuid not null references council_meetings (id),
    title varchar(200) not null,
    as_of date not null,
    tables_json varchar(200000) not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null
);
create index council_meeting_snapshots_meeting on council_meeting_snapshots (meeting_id);
