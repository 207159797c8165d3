package ai.slope.jobs.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.companies.CompanyRenamed;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;
import ai.slope.system.Reindexing;

/**
 * The index keeps each posting's company name (it is not reindexed with every change to a company, which
 * would load all its postings on any save), so when a company is renamed its published postings are
 * reindexed here, after the commit.
 */
@Component
class CompanyRenameReindexer {

	private static final Logger log = LoggerFactory.getLogger(CompanyRenameReindexer.class);

	private final EntityManagerFactory entityManagerFactory;

	CompanyRenameReindexer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@ApplicationModuleListener
	void companyRenamed(CompanyRenamed event) {
		List<Long> ids;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			ids = entityManager
				.createQuery("select p.id from JobPosting p where p.company.id = :company and p.status = :status",
						Long.class)
				.setParameter("company", event.companyId())
				.setParameter("status", JobStatus.PUBLISHED)
				.getResultList();
		}
		Reindexing.reindex(this.entityManagerFactory, ids,
				(entityManager, batch) -> entityManager
					.createQuery("select p from JobPosting p join fetch p.company join fetch p.roleType where p.id in :ids",
							JobPosting.class)
					.setParameter("ids", batch)
					.getResultList());
		log.info("Reindexed {} published postings of renamed company {}", ids.size(), event.companyId());
	}

}
