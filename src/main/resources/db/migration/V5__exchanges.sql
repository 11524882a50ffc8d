-- Exchanges: participants, co-built terms (every version kept), meetings and attendance,
-- debriefs, private calendar feeds, and the reciprocity prompts a member dismissed.

create table exchange (
    id                  bigint primary key,
    version             integer not null default 0,
    network_id          bigint not null references network (id),
    -- the introduction it came from; unique, so that an event delivered twice makes one exchange
    introduction_id     bigint,
    -- no foreign key: an offer may be erased (its author left) while the exchange stays in the history
    knowledge_id        bigint,
    subject             varchar(200) not null,
    format              varchar(20) not null,
    status              varchar(16) not null,
    stop_reason         varchar(500),
    terms_version       integer not null default 0,
    created_by_id       bigint references member (id),
    created_at          timestamp(6) with time zone not null,
    started_at          timestamp(6) with time zone,
    ended_at            timestamp(6) with time zone,
    constraint uk_exchange_introduction unique (introduction_id)
);
create index ix_exchange_network on exchange (network_id, status);

create table exchange_participant (
    exchange_id         bigint not null references exchange (id) on delete cascade,
    member_id           bigint not null references member (id),
    role                varchar(10) not null,
    joined_at           timestamp(6) with time zone not null,
    left_at             timestamp(6) with time zone,
    primary key (exchange_id, member_id)
);
create index ix_exchange_participant_member on exchange_participant (member_id);

create table exchange_terms (
    id                  bigint primary key,
    version             integer not null default 0,
    exchange_id         bigint not null references exchange (id) on delete cascade,
    number              integer not null,
    frequency           varchar(500),
    place               varchar(500),
    days_and_hours      varchar(500),
    content             varchar(4000),
    methods             varchar(4000),
    evaluation          varchar(2000),
    written_by_id       bigint references member (id),
    for_member_id       bigint references member (id),
    written_at          timestamp(6) with time zone not null,
    constraint uk_exchange_terms_number unique (exchange_id, number)
);

create table meeting (
    id                  bigint primary key,
    version             integer not null default 0,
    exchange_id         bigint not null references exchange (id) on delete cascade,
    starts_at           timestamp(6) with time zone not null,
    ends_at             timestamp(6) with time zone,
    place               varchar(500),
    link                varchar(500),
    notes               varchar(2000),
    held                boolean not null default false,
    recorded_by_id      bigint references member (id),
    reminder_sent_at    timestamp(6) with time zone
);
create index ix_meeting_exchange on meeting (exchange_id, starts_at);
create index ix_meeting_reminder on meeting (held, reminder_sent_at, starts_at);

create table meeting_attendee (
    meeting_id          bigint not null references meeting (id) on delete cascade,
    member_id           bigint not null references member (id),
    primary key (meeting_id, member_id)
);

create table debrief (
    id                  bigint primary key,
    version             integer not null default 0,
    exchange_id         bigint not null references exchange (id) on delete cascade,
    member_id           bigint not null references member (id),
    written_by_id       bigint references member (id),
    stage               varchar(8) not null,
    interesting         varchar(4000),
    obstacles           varchar(4000),
    helped              varchar(4000),
    learned             varchar(4000),
    learned_by_teaching varchar(4000),
    continue_wish       varchar(2000),
    shared              boolean not null default false,
    written_at          timestamp(6) with time zone not null,
    constraint uk_debrief_once unique (exchange_id, member_id, stage)
);
create index ix_debrief_member on debrief (member_id);

create table calendar_feed (
    id                  bigint primary key,
    version             integer not null default 0,
    member_id           bigint not null references member (id),
    token               varchar(64) not null,
    created_at          timestamp(6) with time zone not null,
    constraint uk_calendar_feed_member unique (member_id),
    constraint uk_calendar_feed_token unique (token)
);

create table reciprocity_prompt_dismissal (
    member_id           bigint not null references member (id),
    prompt              varchar(20) not null,
    dismissed_at        timestamp(6) with time zone not null,
    primary key (member_id, prompt)
);
