package ai.slope.candidates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.jobs.SearchBackend;
import ai.slope.jobs.SearchIndexState;
import ai.slope.jobs.TextAnalyzers;

/**
 * The candidate search index: discoverable profiles of accounts that are not suspended only (see
 * {@link ai.slope.candidates.search.DiscoverableProfilesRoutingBinder}). Changes made through JPA to a profile's
 * own columns reach it on commit by themselves; what Hibernate Search cannot see (a publication added or changed,
 * discoverability set by SQL) is sent here by the service that changed it, in its transaction. At start-up the
 * index is rebuilt from PostgreSQL when it is missing, written under another mapping, or holds another number of
 * profiles than the database has discoverable ones; on OpenSearch once for the cluster ({@link SearchIndexState#once}).
 */
@Component
public class CandidateIndex {

	private static final Logger log = LoggerFactory.getLogger(CandidateIndex.class);

	/** The version of the index mapping; raise it with every change of fields or analysers. */
	static final String MAPPING_VERSION = "6";

	@PersistenceContext
	private EntityManager entityManager;

	private static final String INDEX = "candidate_profile";

	private static final String VERSION_FILE = "slope-candidates-mapping-version";

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexState state;

	/** The profiles in the index: discoverable, of accounts that are not suspended. */
	private static final String FINDABLE = "p.discoverable = true and p.accountSuspended = false";

	CandidateIndex(EntityManagerFactory entityManagerFactory, SearchIndexState state) {
		this.entityManagerFactory = entityManagerFactory;
		this.state = state;
	}

	/**
	 * Indexes the profile again (or takes it out, when it is not discoverable) when the current transaction
	 * commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(long accountId) {
		this.entityManager.flush();
		CandidateProfile profile = this.entityManager.find(CandidateProfile.class, accountId);
		if (profile != null) {
			this.entityManager.refresh(profile);
			Search.session(this.entityManager).indexingPlan().addOrUpdate(profile);
		}
	}

	/**
	 * The analyser the index applies to the text of a field: on OpenSearch, the same analysers built in this JVM
	 * (the text fields all use {@code text}).
	 */
	Analyzer indexingAnalyzer() {
		return (this.state.backend() == SearchBackend.LUCENE) ? luceneIndexManager().indexingAnalyzer()
				: TextAnalyzers.indexing();
	}

	/** The analyser the index applies to the words looked for in a field (on OpenSearch, as above). */
	Analyzer searchAnalyzer() {
		return (this.state.backend() == SearchBackend.LUCENE) ? luceneIndexManager().searchAnalyzer()
				: TextAnalyzers.query();
	}

	boolean onLucene() {
		return this.state.backend() == SearchBackend.LUCENE;
	}

	private LuceneIndexManager luceneIndexManager() {
		return Search.mapping(this.entityManagerFactory)
			.indexedEntity(CandidateProfile.class)
			.indexManager()
			.unwrap(LuceneIndexManager.class);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(110)
	public void rebuildIfOutOfStep() {
		this.state.once(INDEX, this::check);
	}

	private void check() {
		try (EntityManager em = this.entityManagerFactory.createEntityManager()) {
			long inDatabase = em.createQuery("select count(p) from CandidateProfile p where " + FINDABLE, Long.class)
				.getSingleResult();
			if (!MAPPING_VERSION.equals(this.state.mappingVersion(INDEX, VERSION_FILE))) {
				log.info("Candidate index was written by another version of the mapping: rebuilding it");
				if (inDatabase == 0 && !onLucene()) {
					// nothing to index: a new index with the current mapping, without a mass indexing's pause
					Search.mapping(this.entityManagerFactory).scope(CandidateProfile.class).schemaManager().dropAndCreate();
					this.state.recordMappingVersion(INDEX, VERSION_FILE, MAPPING_VERSION);
				}
				else {
					rebuild(em);
				}
				return;
			}
			long inIndex = Search.session(em).search(CandidateProfile.class).where(f -> f.matchAll()).fetchTotalHitCount();
			if (inDatabase != inIndex) {
				log.info("Candidate index holds {} profiles, the database {} discoverable: rebuilding it", inIndex,
						inDatabase);
				rebuild(em);
			}
		}
	}

	/** Drops the candidate index and indexes every discoverable profile again. */
	public void rebuild() {
		try (EntityManager em = this.entityManagerFactory.createEntityManager()) {
			rebuild(em);
		}
	}

	private void rebuild(EntityManager em) {
		Instant start = Clock.systemUTC().instant();
		try {
			boolean lucene = onLucene();
			MassIndexer indexer = Search.session(em)
				.massIndexer(CandidateProfile.class)
				.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
				.batchSizeToLoadObjects(200)
				.mergeSegmentsOnFinish(lucene)
				.dropAndCreateSchemaOnStart(!lucene);
			indexer.type(CandidateProfile.class).reindexOnly(FINDABLE.replace("p.", "e."));
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the candidate index", ex);
		}
		this.state.recordMappingVersion(INDEX, VERSION_FILE, MAPPING_VERSION);
		log.info("Candidate index rebuilt in {} s", Duration.between(start, Clock.systemUTC().instant()).toSeconds());
	}

}
