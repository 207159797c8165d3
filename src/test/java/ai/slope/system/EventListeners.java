package ai.slope.system;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.awaitility.Awaitility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Waits for the listeners that run after a commit (mails, reindexing: {@code @ApplicationModuleListener}) to finish,
 * instead of sleeping: an event publication leaves {@code event_publication} when its listener succeeds and stays
 * there, FAILED, when it throws; while any other row is there, a listener is still to run or running. A
 * {@code @Component} of the test sources, so every test application has one without a configuration of its own.
 * {@code TestMailServer.mailsTo} waits through every application that mails the test SMTP server, so that a test
 * reads the mails (or their absence) once the listeners that send them are done.
 */
@Component
public class EventListeners {

	private static final Set<EventListeners> MAILING = new CopyOnWriteArraySet<>();

	private final JdbcTemplate jdbc;

	private final boolean mails;

	EventListeners(JdbcTemplate jdbc, @Value("${spring.mail.host:}") String mailHost) {
		this.jdbc = jdbc;
		this.mails = StringUtils.hasText(mailHost);
	}

	@PostConstruct
	void register() {
		if (this.mails) {
			MAILING.add(this);
		}
	}

	@PreDestroy
	void unregister() {
		MAILING.remove(this);
	}

	/**
	 * Waits until no listener of this application is due or running (ten seconds at most).
	 */
	public void awaitDone() {
		awaitDone(this.jdbc);
	}

	/**
	 * Waits until no listener of the application on this database is due or running (ten seconds at most).
	 */
	public static void awaitDone(JdbcTemplate jdbc) {
		Awaitility.await("event listeners to finish")
			.atMost(Duration.ofSeconds(10))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> inFlight(jdbc) == 0);
	}

	/** The publications of this application whose listener is due or running. */
	public long inFlight() {
		return inFlight(this.jdbc);
	}

	private static long inFlight(JdbcTemplate jdbc) {
		try {
			return jdbc.queryForObject(
					"select count(*) from event_publication where status is distinct from 'FAILED'", Long.class);
		}
		catch (DataAccessException ex) {
			// a test that stops this application's database (DatabaseOutageTests) has nothing to wait for
			return 0;
		}
	}

	/** The failed publications of this application whose event is of the given type. */
	public long failed(Class<?> eventType) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where status = 'FAILED' and event_type = ?", Long.class,
				eventType.getName());
	}

	/**
	 * Waits for the listeners of every test application that sends mail to the test SMTP server.
	 */
	public static void awaitMailingListeners() {
		MAILING.forEach(EventListeners::awaitDone);
	}

}
