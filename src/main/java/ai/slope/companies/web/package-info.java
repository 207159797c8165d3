/**
 * The recruiter's company page (create, join, edit, logo, members, join requests) and the public logo URL.
 */
package ai.slope.companies.web;
