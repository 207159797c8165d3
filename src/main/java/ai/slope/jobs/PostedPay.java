package ai.slope.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;

/**
 * What the live postings of a role type offer: the quartiles of the midpoints of their pay ranges in annual US
 * dollars ({@code salary_min_usd} and {@code salary_max_usd}, which {@link AnnualPay} gives). A role page shows it
 * where the salary reports are too few to describe the role. Posted ranges are public, so no privacy rule applies;
 * the figures are rounded to the nearest thousand dollars, as the pages write annual dollars.
 */
@Service
public class PostedPay {

	/** How long an answer is kept: a new posting shows on the role page within this time. */
	static final Duration KEPT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RoleTaxonomy taxonomy;

	private final Cache<String, Optional<Ranges>> answers;

	PostedPay(JdbcClient jdbc, Clock clock, RoleTaxonomy taxonomy,
			@Value("${slope.postings.posted-pay-cache-size:200}") int cacheSize) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.taxonomy = taxonomy;
		this.answers = (cacheSize > 0) ? Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(KEPT).build()
				: null;
	}

	/**
	 * The quartiles of the range midpoints of a role type's live postings (published and not expired).
	 * @param postings how many postings they are drawn from
	 * @param p25 the 25th percentile, annual US dollars rounded to the thousand
	 * @param median the median, likewise
	 * @param p75 the 75th percentile, likewise
	 */
	public record Ranges(long postings, long p25, long median, long p75) {
	}

	/**
	 * The posted ranges of a role type's live postings; empty when it has none.
	 */
	@Transactional(readOnly = true)
	public Optional<Ranges> ofRoleType(String slug) {
		return (this.answers != null) ? this.answers.get(slug, this::compute) : compute(slug);
	}

	private Optional<Ranges> compute(String slug) {
		Optional<RoleType> roleType = this.taxonomy.roleType(slug);
		if (roleType.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select count(*), percentile_cont(array[0.25, 0.5, 0.75]) within group
				  (order by (p.salary_min_usd::float8 + p.salary_max_usd) / 2)
				from job_posting p
				where p.role_type_id = ? and p.status = 'PUBLISHED' and p.expires_at > ?
				""")
			.params(roleType.get().getId(), java.sql.Timestamp.from(this.clock.instant()))
			.query((rs, n) -> {
				long postings = rs.getLong(1);
				if (postings == 0) {
					return Optional.<Ranges>empty();
				}
				Double[] quartiles = (Double[]) rs.getArray(2).getArray();
				return Optional.of(new Ranges(postings, thousands(quartiles[0]), thousands(quartiles[1]),
						thousands(quartiles[2])));
			})
			.single();
	}

	private static long thousands(double usd) {
		return Math.round(usd / 1000) * 1000;
	}

}
