/**
 * Job seekers' profiles: what they want, their skills, links, publications and résumé, and whether
 * recruiters may find them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Candidates",
		allowedDependencies = { "accounts", "companies", "jobs", "roles", "salaries", "system", "web" })
package ai.slope.candidates;
