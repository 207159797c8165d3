/**
 * Demo data: realistic companies and postings, loaded once into an empty database by the run command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "accounts", "alerts", "applications", "candidates", "companies", "jobs", "roles", "salaries",
				"web" })
package ai.slope.demo;
