/**
 * The pages of applications: applying, the seeker's own applications, and the recruiter's pipeline.
 */
package ai.slope.applications.web;
