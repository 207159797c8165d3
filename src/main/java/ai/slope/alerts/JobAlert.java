package ai.slope.alerts;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A saved {@code /jobs} search whose new postings are mailed to its owner daily or weekly. The search is
 * kept as its canonical query string. {@code coveredUntil} is how far the mails have looked: postings
 * published up to then have been considered; {@code dueOn} is the day (UTC) of the next digest. Changes go
 * through {@link JobAlerts} and {@link AlertDigests}.
 */
@Entity
public class JobAlert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String name;

	private String query;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private boolean active = true;

	private Instant createdAt;

	private Instant coveredUntil;

	private LocalDate dueOn;

	private Instant lastSentAt;

	private Integer lastSentCount;

	private Instant unsubscribedAt;

	@Version
	private long version;

	protected JobAlert() {
	}

	JobAlert(long accountId, String name, String query, Frequency frequency, Instant now, LocalDate today) {
		this.accountId = accountId;
		this.name = name;
		this.query = query;
		this.frequency = frequency;
		this.createdAt = now;
		this.coveredUntil = now;
		this.dueOn = frequency.nextAfter(today);
	}

	void change(String newName, Frequency newFrequency, LocalDate today) {
		this.name = newName;
		if (newFrequency != this.frequency) {
			this.frequency = newFrequency;
			this.dueOn = newFrequency.nextAfter(today);
		}
	}

	/**
	 * Stops the mails; {@code byLink} when the mail's unsubscribe link did it.
	 */
	void pause(Instant now, boolean byLink) {
		if (this.active) {
			this.active = false;
			this.unsubscribedAt = byLink ? now : null;
		}
	}

	/**
	 * Mails again, from the postings published from now on (not those of the time it was paused).
	 */
	void resume(Instant now, LocalDate today) {
		if (!this.active) {
			this.active = true;
			this.unsubscribedAt = null;
			this.coveredUntil = now;
			this.dueOn = this.frequency.nextAfter(today);
		}
	}

	/**
	 * The digest of {@code today} is done: postings up to {@code until} are covered, and {@code sent} were
	 * mailed (0 when nothing was new and nothing was sent).
	 */
	void digested(LocalDate today, Instant until, Instant now, int sent) {
		if (until.isAfter(this.coveredUntil)) {
			this.coveredUntil = until;
		}
		this.dueOn = this.frequency.nextAfter(today);
		if (sent > 0) {
			this.lastSentAt = now;
			this.lastSentCount = sent;
		}
	}

	boolean isDueOn(LocalDate today) {
		return this.active && !this.dueOn.isAfter(today);
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * The search as a {@code /jobs} query string, such as {@code q=pytorch&role=ml-engineer}.
	 */
	public String getQuery() {
		return this.query;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getCoveredUntil() {
		return this.coveredUntil;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Instant getLastSentAt() {
		return this.lastSentAt;
	}

	public Integer getLastSentCount() {
		return this.lastSentCount;
	}

	/**
	 * When the mail's unsubscribe link paused it, or {@code null}.
	 */
	public Instant getUnsubscribedAt() {
		return this.unsubscribedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
