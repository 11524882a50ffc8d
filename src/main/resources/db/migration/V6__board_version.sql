-- One counter per network, bumped in the same transaction as every change the board shows
-- (offers and requests, categories). Each instance caches the board it built per network
-- and counter value, and reads the counter (one row by primary key) on every request: a
-- change made through any instance is seen by all of them at their next request.
create table board_version (
    network_id bigint primary key references network (id),
    version    bigint not null
);

insert into board_version (network_id, version) select id, 0 from network;
