/**
 * What every page shares: the layout, languages, error pages, Markdown rendering and view helpers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		allowedDependencies = { "system" })
package ai.slope.web;
