-- The login, sign-up and mail limits (accounts.ThrottleBuckets): one Bucket4j token bucket per key, kept here so
-- that every instance of Slope on this database draws on the same buckets. The state is Bucket4j's own
-- serialised form; expires_at (epoch milliseconds) is when the bucket is full again, after which its row means
-- nothing and the scheduled clean-up deletes it.
create table throttle_bucket (
    id          text    not null primary key,
    state       bytea,
    expires_at  bigint
);

create index throttle_bucket_expires_at on throttle_bucket (expires_at);
