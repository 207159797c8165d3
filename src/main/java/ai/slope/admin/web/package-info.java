/**
 * The admin pages under {@code /admin}: overview, users, role taxonomy and audit log.
 */
package ai.slope.admin.web;
