package ai.slope.candidates;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A seeker's résumé: a PDF as uploaded (checked by {@link PdfCheck}), its SHA-256 hash and when it came.
 * Its id stays when the file is replaced.
 */
@Entity
@Table(name = "candidate_resume")
class Resume {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String fileName;

	private String contentType;

	private byte[] bytes;

	private int sizeBytes;

	private String sha256;

	private Instant uploadedAt;

	protected Resume() {
	}

	Resume(long accountId) {
		this.accountId = accountId;
	}

	void replace(String fileName, byte[] bytes, String sha256, Instant now) {
		this.fileName = fileName;
		this.contentType = PdfCheck.CONTENT_TYPE;
		this.bytes = bytes;
		this.sizeBytes = bytes.length;
		this.sha256 = sha256;
		this.uploadedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getBytes() {
		return this.bytes;
	}

	String getSha256() {
		return this.sha256;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
