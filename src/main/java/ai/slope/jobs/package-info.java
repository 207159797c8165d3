/**
 * Job postings: their lifecycle, the public pages that list and show them, search, feeds and the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package ai.slope.jobs;
