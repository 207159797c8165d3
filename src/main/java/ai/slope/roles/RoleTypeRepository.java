package ai.slope.roles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RoleTypeRepository extends Repository<RoleType, Long> {

	@EntityGraph(attributePaths = "family")
	List<RoleType> findAll();

	@EntityGraph(attributePaths = "family")
	Optional<RoleType> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select t.slug from RoleType t")
	List<String> findAllSlugs();

	long count();

	@Query("select coalesce(max(t.position), 0) from RoleType t where t.family = :family")
	int maxPosition(@Param("family") RoleFamily family);

	/**
	 * Saves and writes to the database at once, so that a taken slug or a concurrent edit shows here.
	 */
	RoleType saveAndFlush(RoleType type);

}
