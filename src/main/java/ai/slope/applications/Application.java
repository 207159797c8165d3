package ai.slope.applications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A seeker's application to a posting. Created by one SQL insert that cannot make a second one for the same seeker
 * and posting (see {@link ApplicationRepository#insertOnce}); its stage changes only through {@link #moveTo}, and
 * each change is written beside it as a {@link StageChange}.
 */
@Entity
@Table(name = "application")
public class Application {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postingId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private String coverNote;

	private Instant appliedAt;

	private Instant stageChangedAt;

	private boolean contactShared;

	private String invitationNote;

	private Long invitedBy;

	@Version
	private long version;

	protected Application() {
	}

	StageChange moveTo(Stage target, Long actorId, String note, Instant now) {
		StageChange change = new StageChange(this.id, this.stage, target, actorId, note, now);
		this.stage = target;
		this.stageChangedAt = now;
		return change;
	}

	/**
	 * The candidate accepts the invitation: it becomes an application at APPLIED, made now, and the company sees
	 * their contact details from here on.
	 */
	StageChange accept(long seekerId, Instant now) {
		StageChange change = moveTo(Stage.APPLIED, seekerId, "", now);
		this.contactShared = true;
		this.appliedAt = now;
		return change;
	}

	public long getId() {
		return this.id;
	}

	public long getPostingId() {
		return this.postingId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public Stage getStage() {
		return this.stage;
	}

	public String getCoverNote() {
		return this.coverNote;
	}

	public Instant getAppliedAt() {
		return this.appliedAt;
	}

	public Instant getStageChangedAt() {
		return this.stageChangedAt;
	}

	/**
	 * Whether the company may see the seeker's e-mail, LinkedIn and website links and résumé: always for an
	 * application the seeker made, for one the company sourced only once the seeker accepted.
	 */
	public boolean isContactShared() {
		return this.contactShared;
	}

	/**
	 * What the recruiter wrote to the candidate when they invited them (empty when they wrote nothing, or for an application the seeker made).
	 */
	public String getInvitationNote() {
		return this.invitationNote;
	}

	/**
	 * The recruiter who invited the candidate, or null (not sourced, or the account is gone).
	 */
	public Long getInvitedBy() {
		return this.invitedBy;
	}

	public long getVersion() {
		return this.version;
	}

}
