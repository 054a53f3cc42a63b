-- 会議: councils (全県・圏域・庁内), their 会議事項, members with terms, meetings with agenda, attendance,
-- minutes and materials, action items and 地域課題 escalated from a 圏域 to the 全県会議.
create table council_councils (
    id uuid primary key,
    version bigint not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    kind varchar(20) not null,
    name varchar(200) not null,
    region_name varchar(50),
    holder varchar(200) not null,
    support_council_section boolean not null default false,
    sort_order integer not null
);
create unique index council_councils_kind_region on council_councils (kind, region_name);

create table council_topics (
    council_id uuid not null references council_councils (id),
    code varchar(10) not null,
    label varchar(300) not null,
    sort_order integer not null,
    primary key (council_id, code)
);

create table council_members (
    id uuid primary key,
    version bigint not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    council_id uuid not null references council_councils (id),
    person_name varchar(100) not null,
    organisation varchar(200) not null,
    department_id uuid,
    field varchar(20) not null,
    member_role varchar(20) not null,
    term_from date not null,
    term_to date,
    contact varchar(200)
);
create index council_members_council on council_members (council_id);

create table council_meetings (
    id uuid primary key,
    version bigint not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    council_id uuid not null references council_councils (id),
    title varchar(200) not null,
    held_on date not null,
    starts_at time not null,
    ends_at time not null,
    place varchar(200),
    online_url varchar(300),
    notice_sent_on date,
    minutes_status varchar(20) not null,
    minutes varchar(20000),
    public_summary varchar(4000),
    summary_published boolean not null default false
);
create index council_meetings_council on council_meetings (council_id, held_on);

create table council_agenda_items (
    id uuid primary key,
    meeting_id uuid not null references council_meetings (id),
    sort_order integer not null,
    title varchar(200) not null,
    topic_code varchar(10) not null,
    presenter varchar(200),
    regional_issue_id uuid
);
create index council_agenda_items_meeting on council_agenda_items (meeting_id);

create table council_attendances (
    meeting_id uuid not null references council_meetings (id),
    member_id uuid not null references council_members (id),
    status varchar(20) not null,
    proxy_name varchar(100),
    primary key (meeting_id, member_id)
);

create table council_materials (
    id uuid primary key,
    meeting_id uuid not null references council_meetings (id),
    agenda_item_id uuid,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    uploaded_at timestamp with time zone not null,
    uploaded_by varchar(100) not null
);
create index council_materials_meeting on council_materials (meeting_id);

create table council_material_contents (
    material_id uuid primary key references council_materials (id),
    content bytea not null
);

create table council_actions (
    id uuid primary key,
    version bigint not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    council_id uuid not null references council_councils (id),
    meeting_id uuid not null references council_meetings (id),
    agenda_item_id uuid not null,
    title varchar(300) not null,
    owner varchar(200) not null,
    due_on date,
    status varchar(20) not null,
    done_on date
);
create index council_actions_council on council_actions (council_id, status);

create table council_regional_issues (
    id uuid primary key,
    version bigint not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    council_id uuid not null references council_councils (id),
    raised_on date not null,
    title varchar(200) not null,
    description varchar(4000) not null,
    status varchar(20) not null,
    prefecture_meeting_id uuid,
    answer varchar(4000),
    answered_on date
);
create index council_regional_issues_status on council_regional_issues (status);
