/**
 * The seeker's own profile pages under {@code /profile}: view, edit, publications, résumé upload and download.
 */
package ai.slope.candidates.web;
