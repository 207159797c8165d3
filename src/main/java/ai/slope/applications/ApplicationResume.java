package ai.slope.applications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ai.slope.candidates.PdfCheck;
import ai.slope.candidates.Resumes;

/**
 * The PDF sent with an application: a copy, so that the recruiter reads what was sent whatever the seeker later
 * does to their profile's résumé. In a table of its own, so that listing applications never loads the bytes.
 */
@Entity
@Table(name = "application_resume")
class ApplicationResume {

	@Id
	private Long applicationId;

	private String fileName;

	private String contentType;

	private byte[] bytes;

	private int sizeBytes;

	private String sha256;

	protected ApplicationResume() {
	}

	ApplicationResume(long applicationId, String fileName, byte[] bytes) {
		this.applicationId = applicationId;
		this.fileName = Resumes.pdfFileName(fileName);
		this.contentType = PdfCheck.CONTENT_TYPE;
		this.bytes = bytes;
		this.sizeBytes = bytes.length;
		this.sha256 = Resumes.sha256(bytes);
	}

	Resumes.ResumeFile file() {
		return new Resumes.ResumeFile(this.applicationId, this.fileName, this.contentType, this.bytes, this.sha256);
	}

}
