package ai.slope.alerts;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * A posting a job seeker saved. It stays saved whatever becomes of the posting, so the list can say that it
 * has closed.
 */
@Entity
public class SavedJob {

	@EmbeddedId
	private Key key;

	private Instant savedAt;

	protected SavedJob() {
	}

	public long getAccountId() {
		return this.key.accountId;
	}

	public long getPostingId() {
		return this.key.jobPostingId;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	@Embeddable
	record Key(@Column(name = "account_id") long accountId, @Column(name = "job_posting_id") long jobPostingId)
			implements Serializable {
	}

}
