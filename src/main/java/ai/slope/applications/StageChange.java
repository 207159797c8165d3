package ai.slope.applications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One move of an application: who made it (null for the seeker applying, or an account since deleted), when, from
 * which stage (null when the application was made) to which, and the note written with it.
 */
@Entity
@Table(name = "application_stage_change")
public class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long applicationId;

	@Enumerated(EnumType.STRING)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	private Stage toStage;

	private Long actorId;

	private String note;

	private Instant changedAt;

	protected StageChange() {
	}

	StageChange(long applicationId, Stage fromStage, Stage toStage, Long actorId, String note, Instant changedAt) {
		this.applicationId = applicationId;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.actorId = actorId;
		this.note = (note == null) ? "" : note;
		this.changedAt = changedAt;
	}

	public long getApplicationId() {
		return this.applicationId;
	}

	public Stage getFromStage() {
		return this.fromStage;
	}

	public Stage getToStage() {
		return this.toStage;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
