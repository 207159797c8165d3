/**
 * The role taxonomy: families of AI roles, the role types within them with what the work is and what
 * recruiters look for, and seniority levels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roles",
		allowedDependencies = { "web" })
package ai.slope.roles;
