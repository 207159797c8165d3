package ai.slope.jobs.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.companies.CompanyRenamed;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;

/**
 * The index keeps each posting's company name (it is not reindexed with every change to a company, which
 * would load all its postings on any save), so when a company is renamed its published postings are
 * reindexed here, after the commit.
 */
@Component
class CompanyRenameReindexer {

	private static final Logger log = LoggerFactory.getLogger(CompanyRenameReindexer.class);

	private static final int BATCH = 200;

	private final EntityManagerFactory entityManagerFactory;

	CompanyRenameReindexer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@ApplicationModuleListener
	void companyRenamed(CompanyRenamed event) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			entityManager.getTransaction().begin();
			List<Long> ids = entityManager
				.createQuery("select p.id from JobPosting p where p.company.id = :company and p.status = :status",
						Long.class)
				.setParameter("company", event.companyId())
				.setParameter("status", JobStatus.PUBLISHED)
				.getResultList();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			for (int from = 0; from < ids.size(); from += BATCH) {
				entityManager
					.createQuery("select p from JobPosting p join fetch p.company join fetch p.roleType where p.id in :ids",
							JobPosting.class)
					.setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
					.getResultList()
					.forEach(plan::addOrUpdate);
				plan.execute();
				entityManager.clear();
			}
			entityManager.getTransaction().commit();
			log.info("Reindexed {} published postings of renamed company {}", ids.size(), event.companyId());
		}
	}

}
