package ai.slope.candidates;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each publication's matched top venue ({@code candidate_publication.top_venue_id}, V36) in step with the
 * venues: a publication is matched when it is saved ({@link #matchForSave}), and every publication again when an
 * admin adds, changes or deletes a venue ({@link #rematch}), in the admin's transaction, with one statement. The
 * profiles whose matches changed are reindexed after the commit ({@link TopVenueMatchesChanged}, handled by
 * {@link VenueReindexer}). At start-up every publication is matched again when the stored matches were made
 * with another version of the matching rules ({@link VenueMatcher#RULES_VERSION}, kept in {@code venue_matching},
 * V38): that filled the column after V36 and follows any later change of the rules; other starts read one row.
 * <p>
 * A save and a venue change must not cross (a save that matched with the old venues committing after the
 * rematch): saves hold a shared transaction-scoped advisory lock while they match, venue changes the exclusive one.
 */
@Component
class VenueMatches {

	private static final Logger log = LoggerFactory.getLogger(VenueMatches.class);

	/** The advisory lock's key: “V36”, on PostgreSQL's one key space (no other lock of Slope uses it). */
	private static final long LOCK = 0x5633_3600L;

	private final JdbcTemplate jdbc;

	private final TopVenueRepository venues;

	private final ApplicationEventPublisher events;

	VenueMatches(JdbcTemplate jdbc, TopVenueRepository venues, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.events = events;
	}

	/** The top venue a publication's venue matches, as it is saved; null for free text. */
	@Transactional(propagation = Propagation.MANDATORY)
	TopVenue matchForSave(String venue) {
		if (venue == null || venue.isBlank()) {
			return null;
		}
		this.jdbc.queryForObject("select pg_advisory_xact_lock_shared(?)", Object.class, LOCK);
		return matcher().match(venue).orElse(null);
	}

	private VenueMatcher matcher() {
		return new VenueMatcher(this.venues.findAll(org.springframework.data.domain.Sort.by("id")));
	}

	/**
	 * Matches every stored publication with the venues as they are now (in this transaction), and has the profiles
	 * whose matches changed reindexed after the commit.
	 * @param alsoReindex profiles to reindex as well (those at a venue whose field changed, which keeps its id)
	 * @return the profiles to reindex
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Set<Long> rematch(Set<Long> alsoReindex) {
		lockForChange();
		VenueMatcher matcher = matcher();
		List<String> typed = this.jdbc.queryForList(
				"select distinct venue from candidate_publication where venue <> ''", String.class);
		List<Long> matched = new ArrayList<>(typed.size());
		for (String venue : typed) {
			matched.add(matcher.match(venue).map(TopVenue::getId).orElse(null));
		}
		Set<Long> changed = new TreeSet<>(alsoReindex);
		changed.addAll(this.jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					update candidate_publication p set top_venue_id = m.venue_id
					from unnest(?, ?) as m(venue, venue_id)
					where p.venue = m.venue and p.top_venue_id is distinct from m.venue_id
					returning p.account_id""");
			Array venueArray = connection.createArrayOf("text", typed.toArray());
			Array idArray = connection.createArrayOf("bigint", matched.toArray());
			statement.setArray(1, venueArray);
			statement.setArray(2, idArray);
			List<Long> accounts = new ArrayList<>();
			try (statement; var rows = statement.executeQuery()) {
				while (rows.next()) {
					accounts.add(rows.getLong(1));
				}
			}
			return accounts;
		}));
		if (!changed.isEmpty()) {
			this.events.publishEvent(new TopVenueMatchesChanged(List.copyOf(changed)));
		}
		return changed;
	}

	/** Waits for the saves that are matching now, and keeps new ones waiting until the transaction ends. */
	private void lockForChange() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
	}

	/** The profiles with a publication matched to the venue. */
	@Transactional(propagation = Propagation.MANDATORY)
	Set<Long> accountsAt(long venueId) {
		lockForChange();
		return new TreeSet<>(this.jdbc.queryForList(
				"select distinct account_id from candidate_publication where top_venue_id = ?", Long.class, venueId));
	}

	/**
	 * The start-up match of every publication, when the stored matches were made with other rules (see the class
	 * comment). Several instances starting at once wait for each other on the lock, and the later ones find the
	 * version recorded.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(105)
	@Transactional
	public void rematchAtStartUp() {
		lockForChange();
		Integer stored = this.jdbc.queryForObject("select rules_version from venue_matching", Integer.class);
		if (stored != null && stored == VenueMatcher.RULES_VERSION) {
			return;
		}
		Set<Long> changed = rematch(Set.of());
		this.jdbc.update("update venue_matching set rules_version = ?", VenueMatcher.RULES_VERSION);
		log.info("Matched every publication with the top venues under the rules of version {} (were {}): {} profiles changed",
				VenueMatcher.RULES_VERSION, stored, changed.size());
	}

}
