/**
 * Applications to postings that take them in Slope: the seeker applies with a cover note and a PDF résumé, the
 * company's recruiters move the application through their pipeline with notes, and the seeker follows its stage.
 * Also counts the clicks on a posting's external apply link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications",
		allowedDependencies = { "accounts", "candidates", "companies", "jobs", "roles", "web" })
package ai.slope.applications;
