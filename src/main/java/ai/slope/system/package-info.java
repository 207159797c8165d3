/**
 * Infrastructure that every module runs on: the embedded PostgreSQL used when no external database is
 * configured, the clock, scheduling with its ShedLock locks, and the executor and retry of the listeners that run
 * after a commit. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		allowedDependencies = {})
package ai.slope.system;
