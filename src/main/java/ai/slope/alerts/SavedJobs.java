package ai.slope.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.jobs.PostingCard;
import ai.slope.jobs.PostingCards;
import ai.slope.jobs.SavedPostings;

/**
 * A job seeker's saved postings. Only a posting on the board can be saved; once saved it stays on the list
 * when it closes or expires, and the list says so. As the jobs module's {@link SavedPostings} it tells a posting's
 * page whether to draw its save button pressed.
 */
@Service
public class SavedJobs implements SavedPostings {

	/** How many postings one seeker can keep saved. */
	public static final int MAX_SAVED = 500;

	public static final int PAGE_SIZE = 20;

	private final SavedJobRepository saved;

	private final PostingCards postings;

	private final Clock clock;

	SavedJobs(SavedJobRepository saved, PostingCards postings, Clock clock) {
		this.saved = saved;
		this.postings = postings;
		this.clock = clock;
	}

	public enum Outcome {

		/** Saved now. */
		SAVED,
		/** It was saved already; nothing changed. */
		ALREADY_SAVED,
		/** No such posting on the board (never was, closed, expired): nothing saved. */
		NOT_OPEN,
		/** The seeker has {@link #MAX_SAVED} saved already: nothing saved. */
		TOO_MANY

	}

	/**
	 * Saves a posting that is on the board now.
	 */
	@Transactional
	public Outcome save(long accountId, long postingId) {
		Instant now = this.clock.instant();
		Optional<PostingCard> posting = this.postings.byId(postingId);
		if (posting.isEmpty() || !posting.get().isLive(now)) {
			return Outcome.NOT_OPEN;
		}
		if (this.saved.isSaved(accountId, postingId)) {
			return Outcome.ALREADY_SAVED;
		}
		if (this.saved.countOf(accountId) >= MAX_SAVED) {
			return Outcome.TOO_MANY;
		}
		return (this.saved.insertIfAbsent(accountId, postingId, now) == 1) ? Outcome.SAVED : Outcome.ALREADY_SAVED;
	}

	/**
	 * @return whether it was saved (unsaving twice is fine)
	 */
	@Transactional
	public boolean unsave(long accountId, long postingId) {
		return this.saved.delete(accountId, postingId) > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isSaved(long accountId, long postingId) {
		return this.saved.isSaved(accountId, postingId);
	}

	@Transactional(readOnly = true)
	public long count(long accountId) {
		return this.saved.countOf(accountId);
	}

	/**
	 * A page (from 1) of the seeker's saved postings, most recently saved first.
	 */
	@Transactional(readOnly = true)
	public Page<Item> page(long accountId, int page) {
		Page<SavedJob> rows = this.saved.findOf(accountId, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		Map<Long, PostingCard> cards = this.postings
			.byIds(rows.map(SavedJob::getPostingId).getContent())
			.stream()
			.collect(Collectors.toMap(PostingCard::id, Function.identity()));
		Instant now = this.clock.instant();
		return rows.map(row -> {
			PostingCard card = cards.get(row.getPostingId());
			return new Item(card, row.getSavedAt(), card.isLive(now));
		});
	}

	/**
	 * A saved posting as the list shows it.
	 *
	 * @param open whether the posting is on the board now (its page exists)
	 */
	public record Item(PostingCard posting, Instant savedAt, boolean open) {

		/**
		 * Why it is not open any more, as a message key: closed, expired, or off the board for another reason
		 * (back in review).
		 */
		public String closedReasonKey() {
			return switch (this.posting.status()) {
				case CLOSED -> "alerts.saved.state.closed";
				case EXPIRED, PUBLISHED -> "alerts.saved.state.expired";
				default -> "alerts.saved.state.unlisted";
			};
		}

	}

}
