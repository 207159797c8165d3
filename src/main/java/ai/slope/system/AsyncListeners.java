package ai.slope.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs the {@code @ApplicationModuleListener}s (mails, reindexing after a commit) on Boot's application task
 * executor, which finishes what it holds before the application stops
 * ({@code spring.task.execution.shutdown.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncListeners {

}
