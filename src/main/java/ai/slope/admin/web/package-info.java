/**
 * The admin pages. (This package holds the company verification page; the other admin pages sit beside it.)
 */
package ai.slope.admin.web;
