package ai.slope.admin;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.audit.AuditedAction;

/**
 * Records admin actions: every audited action publishes an {@link AuditedAction} inside its own transaction, and the
 * entry is stored here, in that same transaction (an action published outside a transaction is refused), so an action
 * and its entry are stored together or not at all.
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
	 * audit page translates, stored as JSON) or as written.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditedAction action) {
		String detail = (action.detail() != null)
				? (action.detail().isEmpty() ? "" : this.json.writeValueAsString(action.detail().stored()))
				: action.text();
		this.entries.save(new AuditEntry(this.clock.instant(), action.actorId(), action.action().key(),
				action.action().targetType(), action.targetId(), detail));
	}

}
