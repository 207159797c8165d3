package ai.slope.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Slope acknowledged survives a hard kill of its embedded PostgreSQL: the server started as the run command
 * starts it (a kept data folder) takes a stream of commits from several writers, is killed with SIGKILL in the
 * middle of it — the postmaster and every one of its processes, as the out-of-memory killer or a power cut would —
 * and after a restart on the same folder every commit that had returned is there.
 */
class DurabilityTests {

	@TempDir
	Path folder;

	@Test
	void everyAcknowledgedCommitSurvivesAHardKillOfTheEmbeddedServer() throws Exception {
		Path dataDir = this.folder.resolve("postgres");
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0);
		EmbeddedPostgres server = EmbeddedDatabaseConfiguration.start(properties);
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table sign_up (id bigint primary key)");
		}

		List<Long> acknowledged = writeUntilKilled(server, dataDir);

		server.close(); // its processes are gone; this releases the data folder's lock
		EmbeddedPostgres restarted = EmbeddedDatabaseConfiguration.start(properties);
		try (Connection connection = restarted.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from sign_up")) {
			List<Long> found = new ArrayList<>();
			while (rows.next()) {
				found.add(rows.getLong(1));
			}
			assertThat(acknowledged).hasSizeGreaterThan(200);
			assertThat(found).containsAll(acknowledged);
		}
		finally {
			restarted.close();
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	@Test
	void aServerLeftRunningByAKilledSlopeIsStoppedBeforeANewOneStarts() throws Exception {
		Path dataDir = this.folder.resolve("orphan");
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0);
		EmbeddedPostgres first = EmbeddedDatabaseConfiguration.start(properties);
		try (Connection connection = first.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (id int)");
			statement.execute("insert into kept values (1)");
		}
		ProcessHandle postmaster = OrphanedServer.postmaster(dataDir).orElseThrow();
		// as after a kill -9 of the JVM: the server runs on, and the folder's lock file is no longer held
		Files.deleteIfExists(dataDir.resolve("epg-lock"));

		EmbeddedPostgres second = startReleasingLockOf(first, properties);
		try (Connection connection = second.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from kept")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
			assertThat(postmaster.isAlive()).isFalse();
		}
		finally {
			second.close();
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/**
	 * The JVM holds the first server's lock on the folder; a killed JVM would have let go of it. The first
	 * handle's lock is released by closing it once its server has been stopped by the start of the second.
	 */
	private static EmbeddedPostgres startReleasingLockOf(EmbeddedPostgres first, EmbeddedDatabaseProperties properties)
			throws Exception {
		ProcessHandle postmaster = OrphanedServer.postmaster(properties.dataDir()).orElseThrow();
		OrphanedServer.stopIfRunning(properties.dataDir());
		assertThat(postmaster.isAlive()).isFalse();
		first.close();
		return EmbeddedDatabaseConfiguration.start(properties);
	}

	/**
	 * Four writers insert rows one commit at a time and note each one whose commit returned; once a few hundred
	 * are in, every process of the server is killed at once with SIGKILL.
	 */
	private static List<Long> writeUntilKilled(EmbeddedPostgres server, Path dataDir) throws Exception {
		ProcessHandle postmaster = OrphanedServer.postmaster(dataDir).orElseThrow();
		AtomicBoolean killed = new AtomicBoolean();
		List<Long> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> running = new ArrayList<>();
		for (int writer = 0; writer < 4; writer++) {
			long first = writer * 1_000_000L;
			running.add(writers.submit(() -> {
				try (Connection connection = server.getPostgresDatabase().getConnection();
						PreparedStatement insert = connection.prepareStatement("insert into sign_up values (?)")) {
					for (long id = first; !killed.get(); id++) {
						insert.setLong(1, id);
						insert.executeUpdate();
						acknowledged.add(id);
					}
				}
				catch (SQLException expected) {
					// the server is gone
				}
				return null;
			}));
		}
		while (acknowledged.size() < 400) {
			Thread.sleep(5);
		}
		List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
		processes.add(0, postmaster);
		processes.forEach(ProcessHandle::destroyForcibly);
		killed.set(true);
		for (ProcessHandle process : processes) {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		for (Future<?> writer : running) {
			writer.get(30, TimeUnit.SECONDS);
		}
		writers.shutdown();
		synchronized (acknowledged) {
			return new ArrayList<>(acknowledged);
		}
	}

}
