/**
 * Salary data: exchange rates per currency and year (and the conversion of any pay to annual US dollars), salary
 * records imported from aijobs.net CSV files or submitted by job seekers, the rules that map job titles to role
 * types, outlier flagging, the review of records, and the percentiles the explorer, the API and the posting pages
 * show (never for groups of fewer than five records).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Salaries",
		allowedDependencies = { "accounts", "audit", "roles", "web" })
package ai.slope.salaries;
