-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.0.3, entity DefaultJpaEventPublication,
-- table EVENT_PUBLICATION under Spring's naming): one row per event and listener that runs after the commit
-- (@ApplicationModuleListener, @TransactionalEventListener), written in the transaction that publishes the event.
-- A listener that succeeds deletes its row (spring.modulith.events.completion-mode=delete); one that fails leaves it
-- FAILED, and system.EventPublicationRetry submits it again. Columns as Modulith's own PostgreSQL schema for its
-- JDBC registry; Flyway owns the schema (ddl-auto=validate), Modulith creates nothing.
create table event_publication (
    id                      uuid                     not null primary key,
    listener_id             text                     not null,
    event_type              text                     not null,
    serialized_event        text                     not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  text,
    completion_attempts     integer                  not null default 0,
    last_resubmission_date  timestamp with time zone
);

-- a listener completes its publication by the event's serialised form and its own id
create index event_publication_serialized_event_hash on event_publication using hash (serialized_event);
create index event_publication_by_status on event_publication (status, publication_date);
