-- Several instances on OpenSearch (SLOPE_SEARCH_BACKEND=opensearch, docs/search.md).
--
-- Hibernate Search's outbox-polling coordination: every entity change is written to hsearch_outbox_event in the
-- transaction that makes it, and the instances' event processors (registered in hsearch_agent, which shares the
-- events out among them) carry each to the index once. Written from the DDL Hibernate generates for these
-- entities with Spring's naming strategy (ddl-auto=validate checks them); with the Lucene backend they stay empty.
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    tenant_id varchar(255),
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255),
    payload bytea not null,
    primary key (id)
);

create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

-- The version of the mapping each OpenSearch index was built under (a Lucene index keeps it in a file of its
-- folder): an index built under another version is rebuilt at start-up, once for the cluster.
create table search_index_version (
    index_name varchar(100) primary key,
    mapping_version varchar(20) not null,
    built_at timestamp with time zone not null
);
