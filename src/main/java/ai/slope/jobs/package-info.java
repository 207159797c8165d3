/**
 * Job postings: their lifecycle, the public pages that list and show them, search, feeds and the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs",
		allowedDependencies = { "accounts", "companies", "roles", "salaries", "system", "web" })
package ai.slope.jobs;
