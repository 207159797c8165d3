package ai.slope.admin;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> findDistinctActions();

	@Query("select distinct e.targetType from AuditEntry e order by e.targetType")
	List<String> findDistinctTargetTypes();

}
