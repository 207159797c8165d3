package ai.slope.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Blind first review as stored (Flyway V35): whether a posting's pipeline is blind ({@code blind_review}) and each
 * identity shown before its time ({@code blind_review_reveal}). An applicant is <b>hidden</b> while their posting's
 * blind review is on, they have not passed Screening (they are not at Interview, Offer or Hired and never were) and
 * nobody revealed them. Who may do what is {@link Pipeline}'s to check; this only reads and writes.
 */
@Component
class BlindReviews {

	/** The stages past Screening: reaching one shows who the applicant is. */
	static final Set<Stage> PAST_SCREENING = Set.of(Stage.INTERVIEW, Stage.OFFER, Stage.HIRED);

	private static final String PAST = "('INTERVIEW', 'OFFER', 'HIRED')";

	/** Applications {@code a} of a posting whose blind review {@code b} is on, still hidden. */
	private static final String HIDDEN = """
			from application a
			join blind_review b on b.posting_id = a.posting_id and b.enabled
			where a.stage not in %1$s
			  and not exists (select 1 from application_stage_change c
			                  where c.application_id = a.id and c.to_stage in %1$s)
			  and not exists (select 1 from blind_review_reveal r where r.application_id = a.id)
			""".formatted(PAST);

	private final JdbcTemplate jdbc;

	BlindReviews(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the posting's pipeline is blind. */
	boolean isOn(long postingId) {
		List<Boolean> enabled = this.jdbc.queryForList("select enabled from blind_review where posting_id = ?",
				Boolean.class, postingId);
		return !enabled.isEmpty() && enabled.get(0);
	}

	/**
	 * Turns the posting's blind review on or off. Turning it off reveals every applicant it hid, each with a
	 * {@code TURNED_OFF} line in their history. Requests at once for one posting wait for each other (the row is
	 * locked), so each sees the state the one before left.
	 * @return whether anything changed (false when it already was so)
	 */
	boolean turn(long postingId, boolean on, long actorId, Instant now) {
		this.jdbc.update("""
				insert into blind_review (posting_id, enabled, changed_by, changed_at) values (?, false, ?, ?)
				on conflict (posting_id) do nothing""", postingId, actorId, Timestamp.from(now));
		boolean was = this.jdbc.queryForObject("select enabled from blind_review where posting_id = ? for update",
				Boolean.class, postingId);
		if (was == on) {
			return false;
		}
		if (!on) {
			this.jdbc.update("insert into blind_review_reveal (application_id, reason, actor_id, revealed_at) "
					+ "select a.id, 'TURNED_OFF', ?, ? " + HIDDEN + " and a.posting_id = ? on conflict do nothing",
					actorId, Timestamp.from(now), postingId);
		}
		this.jdbc.update("update blind_review set enabled = ?, changed_by = ?, changed_at = ? where posting_id = ?",
				on, actorId, Timestamp.from(now), postingId);
		return true;
	}

	/** The posting's hidden applications. */
	Set<Long> hiddenOf(long postingId) {
		return new HashSet<>(this.jdbc.queryForList("select a.id " + HIDDEN + " and a.posting_id = ?", Long.class,
				postingId));
	}

	/** Those of the applications that are hidden. */
	Set<Long> hiddenAmong(Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("select a.id " + HIDDEN + " and a.id = any(?)", Long.class,
				(Object) applicationIds.toArray(Long[]::new)));
	}

	boolean isHidden(long applicationId) {
		return !hiddenAmong(List.of(applicationId)).isEmpty();
	}

	/**
	 * Reveals the application, recorded with the reason.
	 * @return false when it was revealed already (by another request meanwhile, say)
	 */
	boolean reveal(long applicationId, Reveal.Reason reason, long actorId, Instant now) {
		return this.jdbc.update("""
				insert into blind_review_reveal (application_id, reason, actor_id, revealed_at) values (?, ?, ?, ?)
				on conflict (application_id) do nothing""", applicationId, reason.name(), actorId,
				Timestamp.from(now)) == 1;
	}

	/** When and why the application's identity was shown before its time, if it was. */
	Optional<Reveal> revealOf(long applicationId) {
		return this.jdbc
			.query("select reason, actor_id, revealed_at from blind_review_reveal where application_id = ?",
					(rs, n) -> new Reveal(Reveal.Reason.valueOf(rs.getString(1)), (Long) rs.getObject(2),
							rs.getTimestamp(3).toInstant()),
					applicationId)
			.stream()
			.findFirst();
	}

}
