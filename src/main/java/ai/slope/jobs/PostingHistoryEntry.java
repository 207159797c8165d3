package ai.slope.jobs;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One status change of a posting: who made it (null for the daily job), when, from which status to which,
 * and why. Entries are never changed.
 */
@Entity
@Table(name = "job_posting_history")
public class PostingHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postingId;

	private Instant at;

	private Long actorId;

	@Enumerated(EnumType.STRING)
	private JobStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private JobStatus toStatus;

	private String reason;

	protected PostingHistoryEntry() {
	}

	PostingHistoryEntry(long postingId, Instant at, Long actorId, JobStatus fromStatus, JobStatus toStatus,
			String reason) {
		this.postingId = postingId;
		this.at = at;
		this.actorId = actorId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = (reason != null) ? reason : "";
	}

	public Long getId() {
		return this.id;
	}

	public long getPostingId() {
		return this.postingId;
	}

	public Instant getAt() {
		return this.at;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public JobStatus getFromStatus() {
		return this.fromStatus;
	}

	public JobStatus getToStatus() {
		return this.toStatus;
	}

	public String getReason() {
		return this.reason;
	}

}
