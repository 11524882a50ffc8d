-- Offers and requests of knowledge, and the per-network category tree.

create table category (
    id              bigint primary key,
    version         integer not null default 0,
    network_id      bigint not null references network (id),
    parent_id       bigint references category (id),
    code            varchar(60) not null,
    label           varchar(80) not null,
    synonyms        varchar(2000),
    keywords        varchar(2000),
    prompts         varchar(1000),
    position        integer not null default 0,
    hidden          boolean not null default false,
    constraint uk_category_code unique (network_id, code)
);
create index ix_category_network on category (network_id);

create table knowledge (
    id              bigint primary key,
    version         integer not null default 0,
    network_id      bigint not null references network (id),
    member_id       bigint not null references member (id),
    written_by_id   bigint references member (id),
    direction       varchar(8) not null,
    title           varchar(120) not null,
    description     varchar(4000),
    nature          varchar(20),
    formats         varchar(100),
    mode            varchar(12) not null,
    town            varchar(120),
    availability    varchar(500),
    weekdays        varchar(60),
    day_parts       varchar(40),
    visibility      varchar(14) not null,
    status          varchar(10) not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null
);
create index ix_knowledge_network on knowledge (network_id, status);
create index ix_knowledge_member on knowledge (member_id);

create table knowledge_category (
    knowledge_id    bigint not null references knowledge (id) on delete cascade,
    category_id     bigint not null references category (id),
    primary key (knowledge_id, category_id)
);
create index ix_knowledge_category_category on knowledge_category (category_id);
