/**
 * Companies that hire through Slope: their profile and verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Companies",
		allowedDependencies = { "accounts", "web" })
package ai.slope.companies;
