package ai.slope.applications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recruiter's private note on an applicant: only the company's recruiters read it, never the seeker.
 */
@Entity
@Table(name = "application_note")
public class ApplicantNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long applicationId;

	private Long authorId;

	private String body;

	private Instant createdAt;

	protected ApplicantNote() {
	}

	ApplicantNote(long applicationId, long authorId, String body, Instant createdAt) {
		this.applicationId = applicationId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = createdAt;
	}

	public long getId() {
		return this.id;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
