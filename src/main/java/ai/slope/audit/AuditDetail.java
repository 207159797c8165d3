package ai.slope.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit entry says beyond its action, kept in no language: lines, each a message key (under
 * {@code admin.audit.detail.}) with its arguments, which the audit page writes in the reader's language. An
 * argument is a text kept as written (a reason, a title, a code), a number (written with the reader's digit
 * grouping), a {@link Label}: another message key, such as a salary record's status, translated too, or a
 * {@link RoleTypeName}: a role type's slug, shown as its name in the reader's language.
 * <p>
 * The admin module's {@code AuditLog} stores it as JSON in {@code audit_log.detail}; entries written before (plain
 * English text) are shown as written.
 */
public final class AuditDetail {

	private static final String PREFIX = "admin.audit.detail.";

	private final List<Line> lines = new ArrayList<>();

	private AuditDetail() {
	}

	/**
	 * @param key the line's message key after {@code admin.audit.detail.}
	 */
	public static AuditDetail of(String key, Object... arguments) {
		return new AuditDetail().and(key, arguments);
	}

	public static AuditDetail none() {
		return new AuditDetail();
	}

	/**
	 * Adds a line.
	 * @param key the line's message key after {@code admin.audit.detail.}
	 * @param arguments texts, numbers or {@link Label}s
	 */
	public AuditDetail and(String key, Object... arguments) {
		this.lines.add(new Line(PREFIX + key, List.of(arguments)));
		return this;
	}

	public List<Line> lines() {
		return List.copyOf(this.lines);
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	/**
	 * The shape stored as JSON: a list of {@code {"key": …, "args": [text | number | {"key": …} | {"roleType": …}]}}.
	 */
	public List<Map<String, Object>> stored() {
		List<Map<String, Object>> stored = new ArrayList<>();
		for (Line line : this.lines) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("key", line.key());
			entry.put("args", line.arguments()
				.stream()
				.map(argument -> (argument instanceof Label label) ? Map.of("key", label.key())
						: (argument instanceof RoleTypeName role) ? Map.of("roleType", role.slug()) : argument)
				.toList());
			stored.add(entry);
		}
		return stored;
	}

	/**
	 * One line of an entry's detail.
	 */
	public record Line(String key, List<Object> arguments) {
	}

	/**
	 * An argument that is itself translated: a message key such as {@code salaries.status.PENDING}.
	 */
	public record Label(String key) {
	}

	/**
	 * An argument that names a role type by its slug; the audit page shows its name in the reader's language (the
	 * slug itself once the role type is gone).
	 */
	public record RoleTypeName(String slug) {
	}

	public static RoleTypeName roleType(String slug) {
		return new RoleTypeName(slug);
	}

	/**
	 * A label argument.
	 */
	public static Label label(String key) {
		return new Label(key);
	}

}
