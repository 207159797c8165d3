/**
 * What an audited action says about itself: the event it publishes inside its own transaction
 * ({@link ai.slope.audit.AuditedAction}), the names of the actions ({@link ai.slope.audit.AuditAction}) and their
 * detail in no language ({@link ai.slope.audit.AuditDetail}). The admin module listens, stores the entry in the same
 * transaction and shows the log, so a module records its actions without depending on admin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = {})
package ai.slope.audit;
