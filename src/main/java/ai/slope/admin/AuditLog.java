package ai.slope.admin;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records admin actions. Each admin controller calls {@link #record} inside the transaction of the action
 * itself, so an action and its entry are stored together or not at all.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	private final Clock clock;

	private final JsonMapper json;

	AuditLog(AuditEntryRepository entries, Clock clock, JsonMapper json) {
		this.entries = entries;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Records that an admin did something, with a detail in no language (message keys and arguments, which the
	 * audit page translates), stored as JSON.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(long actorId, String action, String targetType, Object targetId, AuditDetail detail) {
		return record(actorId, action, targetType, targetId,
				detail.isEmpty() ? "" : this.json.writeValueAsString(detail.stored()));
	}

	/**
	 * Records that an admin did something.
	 * @param actorId the admin's account id
	 * @param action what was done, a stable key such as {@code posting.approve} (the audit page shows its
	 * label from the message files, {@code admin.audit.action.<key>})
	 * @param targetType the kind of thing acted on, such as {@code posting}, {@code company}, {@code account}
	 * @param targetId the thing's id
	 * @param detail the reason given, as written (a person's words, shown in no other language); may be empty
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(long actorId, String action, String targetType, Object targetId, String detail) {
		return this.entries.save(new AuditEntry(this.clock.instant(), actorId, action, targetType,
				String.valueOf(targetId), (detail != null) ? detail : ""));
	}

}
