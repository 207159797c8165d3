package ai.slope.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the start-up checks of the search indexes need to know besides the index itself: under which version of
 * the mapping an index was built, and how to rebuild it once. On Lucene each instance has its own index, so the
 * version is a file in the index folder and a rebuild simply runs. On OpenSearch the index is the cluster's: the
 * version is a row of {@code search_index_version} in PostgreSQL, and a rebuild runs under a ShedLock lock, so that
 * of several instances starting together one rebuilds and the others go on with what is there.
 */
@Component
public class SearchIndexState {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexState.class);

	/** Longer than any rebuild: a lock left by an instance that died mid-way is free again after this. */
	private static final Duration REBUILD_AT_MOST = Duration.ofHours(2);

	private final SearchBackend backend;

	private final Path indexFolder;

	private final JdbcTemplate jdbc;

	private final LockProvider locks;

	SearchIndexState(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, LockProvider locks,
			@Value("${slope.search.backend:lucene}") String backend) {
		this.backend = SearchBackend.of(backend);
		// the folder Hibernate Search was given, as it was given (a placeholder may differ at each resolution)
		Object root = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root");
		this.indexFolder = (root != null) ? Path.of(String.valueOf(root)) : null;
		this.jdbc = jdbc;
		this.locks = locks;
	}

	public SearchBackend backend() {
		return this.backend;
	}

	/** The file that holds the mapping version of a Lucene index ({@code null} on OpenSearch). */
	public Path versionFile(String fileName) {
		return (this.backend == SearchBackend.LUCENE) ? this.indexFolder.resolve(fileName) : null;
	}

	/** The version of the mapping the index was built under, or {@code null} when it was never built. */
	public String mappingVersion(String index, String fileName) {
		if (this.backend == SearchBackend.LUCENE) {
			try {
				Path file = versionFile(fileName);
				return Files.exists(file) ? Files.readString(file).strip() : null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		List<String> found = this.jdbc.queryForList(
				"select mapping_version from search_index_version where index_name = ?", String.class, index);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Records that the index was built under this version of the mapping. */
	public void recordMappingVersion(String index, String fileName, String version) {
		if (this.backend == SearchBackend.LUCENE) {
			try {
				Path file = versionFile(fileName);
				Files.createDirectories(file.getParent());
				Files.writeString(file, version);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return;
		}
		this.jdbc.update("""
				insert into search_index_version (index_name, mapping_version, built_at) values (?, ?, now())
				on conflict (index_name) do update set mapping_version = excluded.mapping_version, built_at = now()
				""", index, version);
	}

	/**
	 * Runs a start-up check (and the rebuild it may decide) of an index: on OpenSearch only on the instance that
	 * takes the lock; another that finds it taken leaves the index to that one.
	 */
	public void once(String index, Runnable check) {
		if (this.backend == SearchBackend.LUCENE) {
			check.run();
			return;
		}
		LockingTaskExecutor.TaskResult<Object> result;
		try {
			result = new DefaultLockingTaskExecutor(this.locks).executeWithLock(() -> {
				check.run();
				return null;
			}, new LockConfiguration(Instant.now(), "search-index-" + index, REBUILD_AT_MOST, Duration.ZERO));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
		if (!result.wasExecuted()) {
			log.info("Another instance is checking or rebuilding the {} index", index);
		}
	}

}
