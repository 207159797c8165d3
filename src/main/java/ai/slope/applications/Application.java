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

	public long getVersion() {
		return this.version;
	}

}
