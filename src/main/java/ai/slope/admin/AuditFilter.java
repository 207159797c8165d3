package ai.slope.admin;

import java.time.LocalDate;

/**
 * Which audit entries to show; every part is optional (null matches any).
 * @param action an action key, such as {@code account.suspend}
 * @param actorEmail the email of the admin who acted, whatever its case
 * @param targetType the kind of thing acted on, such as {@code account}
 * @param targetId the thing's id
 * @param from the first day (UTC) to show
 * @param to the last day (UTC) to show, included
 */
public record AuditFilter(String action, String actorEmail, String targetType, String targetId, LocalDate from,
		LocalDate to) {

	public AuditFilter {
		action = blankToNull(action);
		actorEmail = blankToNull(actorEmail);
		targetType = blankToNull(targetType);
		targetId = blankToNull(targetId);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	public static AuditFilter target(String targetType, Object targetId) {
		return new AuditFilter(null, null, targetType, String.valueOf(targetId), null, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
