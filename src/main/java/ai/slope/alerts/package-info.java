/**
 * Saved jobs and job alerts: job seekers bookmark postings and have the new postings of a search mailed to
 * them daily or weekly, with a signed one-click unsubscribe link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts",
		allowedDependencies = { "accounts", "jobs", "roles", "system", "web" })
package ai.slope.alerts;
