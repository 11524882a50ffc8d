-- Introductions (mises en relation): who is introduced to whom about what, each
-- person's answer, and the consent record.

create table introduction (
    id              bigint primary key,
    version         integer not null default 0,
    network_id      bigint not null references network (id),
    offer_id        bigint references knowledge (id) on delete set null,
    subject         varchar(200) not null,
    note            varchar(2000),
    collective      boolean not null default false,
    initiated_by    varchar(10) not null,
    proposed_by_id  bigint not null references member (id),
    status          varchar(10) not null,
    created_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    reminded_at     timestamp(6) with time zone,
    accepted_at     timestamp(6) with time zone,
    closed_at       timestamp(6) with time zone
);
create index ix_introduction_network on introduction (network_id, status);
create index ix_introduction_open on introduction (status, expires_at);

-- The people concerned, each with their answer.
create table introduction_party (
    introduction_id bigint not null references introduction (id) on delete cascade,
    position        integer not null,
    member_id       bigint not null references member (id),
    knowledge_id    bigint references knowledge (id) on delete set null,
    role            varchar(10) not null,
    answer          varchar(10) not null,
    channel         varchar(10),
    answered_at     timestamp(6) with time zone,
    recorded_by_id  bigint references member (id),
    recorded_how    varchar(10),
    primary key (introduction_id, position)
);
create index ix_introduction_party_member on introduction_party (member_id);

-- The consent record: every step, with who did it, when and how.
create table introduction_record (
    introduction_id bigint not null references introduction (id) on delete cascade,
    position        integer not null,
    happened_at     timestamp(6) with time zone not null,
    kind            varchar(12) not null,
    member_id       bigint references member (id),
    actor_id        bigint references member (id),
    channel         varchar(10),
    recorded_how    varchar(10),
    primary key (introduction_id, position)
);

-- One introduction at a time per item and person: proposing the same pair twice (even
-- at the same moment) fails on this key. A declined pair stays, so it is never
-- suggested again; an expired or cancelled one is released.
create table introduction_pair (
    item_id         bigint not null references knowledge (id) on delete cascade,
    member_id       bigint not null references member (id),
    introduction_id bigint not null references introduction (id) on delete cascade,
    declined        boolean not null default false,
    primary key (item_id, member_id)
);
create index ix_introduction_pair_introduction on introduction_pair (introduction_id);
