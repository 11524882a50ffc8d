-- Foundation: accounts, networks, members, tokens, login throttling, mail outbox.
-- Valid on H2 (PostgreSQL mode) and PostgreSQL.

create sequence id_seq start with 1000 increment by 50;

create table account (
    id              bigint primary key,
    version         integer not null default 0,
    email           varchar(254) not null,
    password_hash   varchar(100),
    platform_admin  boolean not null default false,
    created_at      timestamp(6) with time zone not null,
    constraint uk_account_email unique (email)
);

create table network (
    id                          bigint primary key,
    version                     integer not null default 0,
    slug                        varchar(60) not null,
    name                        varchar(120) not null,
    town                        varchar(120),
    description                 varchar(4000),
    charter                     varchar(20000) not null,
    member_introductions        boolean not null default true,
    board_public                boolean not null default false,
    time_zone                   varchar(40) not null default 'Europe/Paris',
    created_at                  timestamp(6) with time zone not null,
    constraint uk_network_slug unique (slug)
);

create table member (
    id                      bigint primary key,
    version                 integer not null default 0,
    network_id              bigint not null references network (id),
    account_id              bigint references account (id),
    role                    varchar(16) not null,
    status                  varchar(16) not null,
    display_name            varchar(80),
    presentation            varchar(2000),
    email                   varchar(254),
    phone                   varchar(30),
    contact_via_animator    boolean not null default true,
    contact_via_email       boolean not null default false,
    contact_via_phone       boolean not null default false,
    contact_at_drop_in      boolean not null default false,
    charter_accepted_at     timestamp(6) with time zone,
    paper_consent_on        date,
    paper_consent_by_id     bigint,
    created_by_id           bigint,
    joined_at               timestamp(6) with time zone not null,
    left_at                 timestamp(6) with time zone,
    constraint uk_member_network_account unique (network_id, account_id)
);
create index ix_member_network on member (network_id, status);
create index ix_member_account on member (account_id);

-- One-time secrets (password reset, admin set-up, invitations, API tokens): only a hash is kept.
create table account_token (
    id              bigint primary key,
    version         integer not null default 0,
    purpose         varchar(20) not null,
    token_hash      varchar(64) not null,
    account_id      bigint references account (id) on delete cascade,
    member_id       bigint references member (id) on delete cascade,
    created_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    used_at         timestamp(6) with time zone,
    constraint uk_account_token_hash unique (token_hash)
);

-- Spring Security's JdbcOneTimeTokenService (magic-link login).
create table one_time_tokens (
    token_value     varchar(36) not null primary key,
    username        varchar(254) not null,
    expires_at      timestamp not null
);

create table login_failure (
    throttle_key    varchar(300) not null,
    failed_at       timestamp(6) with time zone not null
);
create index ix_login_failure_key on login_failure (throttle_key, failed_at);

-- Every outgoing email is recorded here; without SMTP it stays here for administrators to read.
create table mail_message (
    id              bigint primary key,
    version         integer not null default 0,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            varchar(20000) not null,
    status          varchar(12) not null,
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    error           varchar(1000)
);
create index ix_mail_message_created on mail_message (created_at);
