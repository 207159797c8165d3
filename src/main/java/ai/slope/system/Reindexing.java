package ai.slope.system;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Reindexes entities by id in batches, in a transaction of its own: for the listeners that bring the search index
 * in step after a change that the index does not follow by itself (a company renamed, the top venues changed). Each
 * batch is loaded, sent to the index and cleared from the persistence context, so a change touching tens of
 * thousands of rows holds one batch in memory at a time.
 */
public final class Reindexing {

	/** How many entities a batch loads and indexes. */
	public static final int BATCH = 200;

	private Reindexing() {
	}

	/**
	 * @param ids what {@code batch} loads the entities of, which are then indexed
	 * @param batch loads the entities of some of the ids (at most {@link #BATCH}) with what their index documents need
	 */
	public static void reindex(EntityManagerFactory entityManagerFactory, List<Long> ids,
			BiFunction<EntityManager, List<Long>, List<?>> batch) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			entityManager.getTransaction().begin();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			for (int from = 0; from < ids.size(); from += BATCH) {
				batch.apply(entityManager, ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach(plan::addOrUpdate);
				plan.execute();
				entityManager.clear();
			}
			entityManager.getTransaction().commit();
		}
	}

}
