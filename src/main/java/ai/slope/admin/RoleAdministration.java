package ai.slope.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditDetail;
import ai.slope.audit.AuditedAction;
import ai.slope.roles.RoleTaxonomyEditor;

import ai.slope.roles.RoleTaxonomyEditor.NewRoleType;
import ai.slope.roles.RoleTaxonomyEditor.RoleTypeEdit;
import ai.slope.roles.RoleTaxonomyEditor;
import ai.slope.roles.RoleType;
import ai.slope.roles.RoleTypeText;
import ai.slope.web.InvalidInputException;

/**
 * An admin's edits of the role taxonomy, each stored with its audit entry (the values added, or the old and
 * new value of every field that changed).
 */
@Service
public class RoleAdministration {

	private final RoleTaxonomyEditor editor;

	private final ApplicationEventPublisher events;

	RoleAdministration(RoleTaxonomyEditor editor, ApplicationEventPublisher events) {
		this.editor = editor;
		this.events = events;
	}

	/**
	 * @throws ai.slope.roles.InvalidInputException when the role type breaks a rule
	 */
	@Transactional
	public RoleType create(long adminId, NewRoleType request) {
		RoleType type = this.editor.create(request);
		AuditDetail detail = AuditDetail.of("value", AuditDetail.label("admin.roles.field.family"), request.family());
		request.text().fields().forEach((field, value) -> detail.and("value",
				AuditDetail.label("admin.roles.field." + field), value));
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.ROLE_CREATE, type.getSlug(), detail));
		return type;
	}

	/**
	 * Records nothing when nothing changed.
	 * @throws ai.slope.roles.InvalidInputException when a text breaks a rule
	 * @throws ai.slope.roles.RoleTypeConflictException when someone changed the role type since it was read
	 */
	@Transactional
	public RoleTypeEdit update(long adminId, String slug, long expectedVersion, RoleTypeText text) {
		RoleTypeEdit edit = this.editor.update(slug, expectedVersion, text);
		if (!edit.changes().isEmpty()) {
			AuditDetail detail = AuditDetail.none();
			edit.changes().forEach(change -> detail.and("field", AuditDetail.label("admin.roles.field." + change.field()),
					change.before(), change.after()));
			this.events.publishEvent(AuditedAction.of(adminId, AuditAction.ROLE_UPDATE, slug, detail));
		}
		return edit;
	}

}
