package ai.slope.candidates;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One view of a profile by a recruiter, written by {@link ProfileViews}.
 */
@Entity
@Table(name = "candidate_profile_view")
class ProfileView {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long candidateId;

	private Long viewerId;

	private long companyId;

	private Instant viewedAt;

	protected ProfileView() {
	}

	ProfileView(long candidateId, long viewerId, long companyId, Instant viewedAt) {
		this.candidateId = candidateId;
		this.viewerId = viewerId;
		this.companyId = companyId;
		this.viewedAt = viewedAt;
	}

	long getCompanyId() {
		return this.companyId;
	}

	Instant getViewedAt() {
		return this.viewedAt;
	}

}
