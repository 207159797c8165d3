package ai.slope.accounts;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bucket4j token buckets kept in PostgreSQL (table {@code throttle_bucket}, Flyway V29), so that every instance of
 * Slope on the database draws on the same buckets: the login, sign-up and mail limits hold however many instances
 * a load balancer spreads the requests over.
 * <p>
 * Each take is one short transaction on the bucket's row ({@code SELECT … FOR UPDATE}, {@code UPDATE},
 * {@code COMMIT}: three round trips on a connection of the pool; a new key adds an {@code INSERT … ON CONFLICT DO
 * NOTHING}), so takes that arrive at once on any instance queue on the row lock and none is lost. A row says when
 * its bucket is full again ({@code expires_at}); from then on it means nothing, and {@link #removeExpired} deletes
 * it, on one instance at a time (ShedLock).
 * <p>
 * A bucket's key names its limit ({@code login-account/5:account:12}), so a limit changed by a setting starts on
 * fresh buckets instead of the ones stored under the old one. When the database is out of reach a take throws
 * ({@link io.github.bucket4j.BucketExceptions.BucketExecutionException} with the JDBC failure as its cause): the
 * callers refuse rather than let the attempt through unlimited (docs/operations.md, "Several instances").
 */
@Component
public class ThrottleBuckets {

	static final String CLEANUP_LOCK = "throttle-bucket-cleanup";

	private static final Logger log = LoggerFactory.getLogger(ThrottleBuckets.class);

	private static final int CLEANUP_BATCH = 1000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	ThrottleBuckets(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("throttle_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * The bucket of a key, holding {@code capacity} tokens that all come back {@code window} after the first was
	 * taken. Nothing is read or written until a token is taken or given back.
	 * @param limit what the bucket limits ({@code login-account}), part of the key with the capacity
	 */
	public Bucket bucket(String limit, String key, int capacity, Duration window) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(capacity).refillIntervally(capacity, window))
			.build();
		return this.buckets.builder().build(key(limit, key, capacity), () -> configuration);
	}

	/**
	 * Forgets a key's bucket: its next take starts on a full one.
	 */
	public void forget(String limit, String key, int capacity) {
		this.buckets.removeProxy(key(limit, key, capacity));
	}

	private static String key(String limit, String key, int capacity) {
		return limit + "/" + capacity + ":" + key;
	}

	/**
	 * {@link #removeExpired} every 10 minutes, on one instance at a time. (ShedLock's proxy cannot lock a method
	 * that returns a primitive: it throws instead of running it.)
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	@SchedulerLock(name = CLEANUP_LOCK, lockAtMostFor = "PT10M")
	public void removeExpiredScheduled() {
		removeExpired();
	}

	/**
	 * Deletes the rows of buckets that are full again, in batches, so keys used once (a guessed email, an address
	 * seen once) do not stay for ever.
	 * @return how many rows were deleted
	 */
	int removeExpired() {
		int total = 0;
		int removed;
		do {
			removed = this.buckets.removeExpired(CLEANUP_BATCH);
			total += removed;
		}
		while (removed == CLEANUP_BATCH);
		if (total > 0) {
			log.debug("Removed {} throttle buckets that were full again", total);
		}
		return total;
	}

}
