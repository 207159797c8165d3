/**
 * Salary data: exchange rates and the conversion of any pay range to annual US dollars, so that pay can
 * be compared across currencies and periods.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Salaries")
package ai.slope.salaries;
