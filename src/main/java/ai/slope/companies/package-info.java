/**
 * Companies that hire through Slope: their profile and verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Companies")
package ai.slope.companies;
