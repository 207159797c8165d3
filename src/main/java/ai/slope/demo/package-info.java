/**
 * Demo data: realistic companies and postings, loaded once into an empty database by the run command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package ai.slope.demo;
