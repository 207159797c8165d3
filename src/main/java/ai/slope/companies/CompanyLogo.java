package ai.slope.companies;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A company's logo: the uploaded image decoded and written anew (PNG or JPEG), its type, size and SHA-256 hash,
 * which serves as its version.
 */
@Entity
class CompanyLogo {

	@Id
	private Long companyId;

	private String contentType;

	private byte[] bytes;

	private String sha256;

	private Integer width;

	private Integer height;

	private Instant updatedAt;

	private Long updatedBy;

	protected CompanyLogo() {
	}

	CompanyLogo(long companyId) {
		this.companyId = companyId;
	}

	void replace(LogoImage.Encoded image, String sha256, long updatedBy, Instant now) {
		this.contentType = image.contentType();
		this.bytes = image.bytes();
		this.sha256 = sha256;
		this.width = image.width();
		this.height = image.height();
		this.updatedBy = updatedBy;
		this.updatedAt = now;
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

}
