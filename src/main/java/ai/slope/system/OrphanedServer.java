package ai.slope.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a Slope that was killed ({@code kill -9}, the out-of-memory killer) outlives it: the
 * JVM dies without running its shutdown hooks, and the server goes on holding the data folder, so the next start
 * would fail on its lock file. Such a server has no client left, so it is asked to stop the way PostgreSQL stops
 * for a shutdown (SIGTERM, a "smart" shutdown that writes a checkpoint) before a new one starts.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final long STOP_WAIT_SECONDS = 60;

	private OrphanedServer() {
	}

	static void stopIfRunning(Path dataDir) {
		postmaster(dataDir).ifPresent(server -> {
			log.warn("An embedded PostgreSQL (pid {}) is still running on {} from a Slope that did not stop: "
					+ "stopping it first", server.pid(), dataDir.toAbsolutePath());
			CompletableFuture<ProcessHandle> exited = server.onExit();
			server.destroy();
			try {
				exited.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException("The embedded PostgreSQL left running on " + dataDir.toAbsolutePath()
						+ " (pid " + server.pid() + ") did not stop within " + STOP_WAIT_SECONDS + " s", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for an old embedded PostgreSQL to stop", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		});
	}

	/**
	 * The live PostgreSQL server whose process id the data folder's {@code postmaster.pid} names, if any. A stale
	 * file (its process gone, or the id reused by another program) names none: PostgreSQL itself replaces it.
	 */
	static Optional<ProcessHandle> postmaster(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
				.filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command().map(OrphanedServer::isPostgres).orElse(false));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(String command) {
		return command.endsWith("/postgres") || command.equals("postgres");
	}

}
