-- How long an introduction proposal waits for answers, and when a running exchange
-- without meetings is shown as stalled: both chosen per network.
alter table network add column introduction_expiry_days integer not null default 14;
alter table network add column stalled_after_weeks integer not null default 4;
