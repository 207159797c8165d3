/**
 * Moderation and administration: the queue of postings waiting for review, company verification, the user
 * list, the role taxonomy, and the audit log of every admin action. It calls the other modules' public
 * services; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin",
		allowedDependencies = { "accounts", "audit", "candidates", "companies", "jobs", "roles", "web" })
package ai.slope.admin;
