package ai.slope.admin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One admin action, as the audit log keeps it. Entries are never changed.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	private Long actorId;

	private String action;

	private String targetType;

	private String targetId;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, Long actorId, String action, String targetType, String targetId, String detail) {
		this.at = at;
		this.actorId = actorId;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.detail = detail;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getAction() {
		return this.action;
	}

	public String getTargetType() {
		return this.targetType;
	}

	public String getTargetId() {
		return this.targetId;
	}

	public String getDetail() {
		return this.detail;
	}

}
