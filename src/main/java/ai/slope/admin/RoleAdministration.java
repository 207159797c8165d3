package ai.slope.admin;

import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.roles.RoleTaxonomyEditor;
import ai.slope.roles.RoleTaxonomyEditor.NewRoleType;
import ai.slope.roles.RoleTaxonomyEditor.RoleTypeEdit;
import ai.slope.roles.RoleType;
import ai.slope.roles.RoleTypeText;

/**
 * An admin's edits of the role taxonomy, each stored with its audit entry (the values added, or the old and
 * new value of every field that changed).
 */
@Service
public class RoleAdministration {

	private final RoleTaxonomyEditor editor;

	private final AuditLog audit;

	RoleAdministration(RoleTaxonomyEditor editor, AuditLog audit) {
		this.editor = editor;
		this.audit = audit;
	}

	/**
	 * @throws ai.slope.roles.InvalidRoleTypeException when the role type breaks a rule
	 */
	@Transactional
	public RoleType create(long adminId, NewRoleType request) {
		RoleType type = this.editor.create(request);
		String detail = "family: " + request.family() + "\n" + request.text()
			.fields()
			.entrySet()
			.stream()
			.map(field -> field.getKey() + ": " + quote(field.getValue()))
			.collect(Collectors.joining("\n"));
		this.audit.record(adminId, AuditActions.ROLE_CREATE, AuditActions.TARGET_ROLE_TYPE, type.getSlug(), detail);
		return type;
	}

	/**
	 * Records nothing when nothing changed.
	 * @throws ai.slope.roles.InvalidRoleTypeException when a text breaks a rule
	 * @throws ai.slope.roles.RoleTypeConflictException when someone changed the role type since it was read
	 */
	@Transactional
	public RoleTypeEdit update(long adminId, String slug, long expectedVersion, RoleTypeText text) {
		RoleTypeEdit edit = this.editor.update(slug, expectedVersion, text);
		if (!edit.changes().isEmpty()) {
			String detail = edit.changes()
				.stream()
				.map(change -> change.field() + ": " + quote(change.before()) + " → " + quote(change.after()))
				.collect(Collectors.joining("\n"));
			this.audit.record(adminId, AuditActions.ROLE_UPDATE, AuditActions.TARGET_ROLE_TYPE, slug, detail);
		}
		return edit;
	}

	private static String quote(String value) {
		return "“" + value + "”";
	}

}
