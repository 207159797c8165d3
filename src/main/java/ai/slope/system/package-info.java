/**
 * Infrastructure that every module runs on: the embedded PostgreSQL used when no external database is
 * configured, and the clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ai.slope.system;
