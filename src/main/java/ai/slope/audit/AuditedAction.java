package ai.slope.audit;

/**
 * An admin did something that the audit log keeps. Published inside the action's transaction; the admin module
 * stores the entry in that same transaction (and refuses an action published outside one), so the action and its
 * entry are stored together or not at all.
 *
 * @param actorId the admin's account id
 * @param action what was done
 * @param targetId the id of the thing acted on (of the action's target type)
 * @param detail the detail in no language, or {@code null} when {@code text} says it
 * @param text a detail as written, such as a reason a person gave (shown in no other language); empty for none
 */
public record AuditedAction(long actorId, AuditAction action, String targetId, AuditDetail detail, String text) {

	public static AuditedAction of(long actorId, AuditAction action, Object targetId, AuditDetail detail) {
		return new AuditedAction(actorId, action, String.valueOf(targetId), detail, "");
	}

	public static AuditedAction of(long actorId, AuditAction action, Object targetId, String text) {
		return new AuditedAction(actorId, action, String.valueOf(targetId), null, (text != null) ? text : "");
	}

}
