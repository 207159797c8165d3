/**
 * The admin pages under {@code /admin}: overview, pending postings, companies, users, role taxonomy and
 * audit log.
 */
package ai.slope.admin.web;
