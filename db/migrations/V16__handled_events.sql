-- Each event consumer records the ids of the events it handled, in the transaction of its side effect:
-- a message the broker delivers again (after a crash, or a replay from the dead-letter queue) changes nothing.
create table handled_event (
    consumer   varchar(60) not null,
    event_id   uuid        not null,
    handled_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
