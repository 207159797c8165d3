package ai.slope.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, tables from Flyway V6), written with PostgreSQL's upsert: two
 * requests of one session that both set an attribute (a double click that leaves a flash message, say) would
 * otherwise both insert it, and the second would fail on the primary key.
 * <p>
 * Spring Session writes a session's last-access time on every request, which makes every request a write and a
 * commit. Here that row is written only when something else about it changed (its id, principal or timeout), or
 * when the last access it holds is {@value #LAST_ACCESS_GRANULARITY_MILLIS} ms old or more: an idle session may
 * then end up to that much earlier than its timeout says.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** How stale the stored last-access time may get before a request writes it again. */
	static final long LAST_ACCESS_GRANULARITY_MILLIS = 60_000;

	/**
	 * Spring Session's update with its six parameters in the same order (session id, last access, timeout, expiry,
	 * principal, primary id), written only when it changes something that matters.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% AS s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access, MAX_INACTIVE_INTERVAL = v.max_inactive,
			    EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
			FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access,
			             CAST(? AS INTEGER) AS max_inactive, CAST(? AS BIGINT) AS expiry,
			             CAST(? AS VARCHAR(254)) AS principal, CAST(? AS CHAR(36)) AS primary_id) AS v
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive
			       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal
			       OR v.last_access - s.LAST_ACCESS_TIME >= """ + LAST_ACCESS_GRANULARITY_MILLIS + ")";

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionLastAccessWrites() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

}
