package ai.slope.companies;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A recruiter's membership of a company, or their request to join it.
 */
@Entity
class CompanyMember {

	enum Status {

		PENDING, ACTIVE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long companyId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant requestedAt;

	private Long decidedBy;

	private Instant decidedAt;

	@Version
	private long version;

	protected CompanyMember() {
	}

	static CompanyMember request(long companyId, long accountId, Instant now) {
		CompanyMember member = new CompanyMember();
		member.companyId = companyId;
		member.accountId = accountId;
		member.status = Status.PENDING;
		member.requestedAt = now;
		return member;
	}

	static CompanyMember active(long companyId, long accountId, Long decidedBy, Instant now) {
		CompanyMember member = request(companyId, accountId, now);
		member.approve(decidedBy, now);
		return member;
	}

	void approve(Long decidedBy, Instant now) {
		this.status = Status.ACTIVE;
		this.decidedBy = decidedBy;
		this.decidedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getCompanyId() {
		return this.companyId;
	}

	long getAccountId() {
		return this.accountId;
	}

	Status getStatus() {
		return this.status;
	}

	boolean isActive() {
		return this.status == Status.ACTIVE;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Long getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}
