package ai.slope.candidates;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A paper, talk or preprint on a seeker's profile, with the citations its owner gives (from Google Scholar,
 * say). Changed through {@link Publications} only.
 */
@Entity
@jakarta.persistence.Table(name = "candidate_publication")
public class Publication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	/** The profile it belongs to, read only (see {@link #accountId}): its side of the profile's list. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id", insertable = false, updatable = false)
	private CandidateProfile profile;

	private String title;

	private String venue;

	private int year;

	private int citations;

	private String url;

	private boolean firstAuthor;

	/**
	 * The top venue its venue matched when it was saved, or when an admin last changed the venues (see
	 * {@link TopVenues#rematch}); null for free text.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "top_venue_id")
	private TopVenue topVenue;

	private Instant createdAt;

	@Version
	private long version;

	protected Publication() {
	}

	Publication(long accountId, Instant now) {
		this.accountId = accountId;
		this.createdAt = now;
	}

	void change(Publications.Checked p, TopVenue matched) {
		this.topVenue = matched;
		this.title = p.title();
		this.venue = p.venue();
		this.year = p.year();
		this.citations = p.citations();
		this.url = p.url();
		this.firstAuthor = p.firstAuthor();
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getTitle() {
		return this.title;
	}

	/** Where it appeared (NeurIPS 2024, arXiv); empty when not given. */
	public String getVenue() {
		return this.venue;
	}

	public int getYear() {
		return this.year;
	}

	public int getCitations() {
		return this.citations;
	}

	/** Null when not given. */
	public String getUrl() {
		return this.url;
	}

	/** Whether its owner says they are its first author (or a joint first author). */
	public boolean isFirstAuthor() {
		return this.firstAuthor;
	}

	/** The top venue it was published at, or null when its venue is free text. */
	public TopVenue getTopVenue() {
		return this.topVenue;
	}

	/** Whether it counts for the search's top-venue filter with these criteria (see {@link TopVenuePapers}). */
	boolean counts(TopVenuePapers.Criteria criteria) {
		return this.topVenue != null && (!criteria.firstAuthor() || this.firstAuthor)
				&& (criteria.since() == null || this.year >= criteria.since())
				&& (criteria.field() == null || this.topVenue.getField() == criteria.field());
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
