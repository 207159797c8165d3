package ai.slope.roles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface RoleTypeRepository extends Repository<RoleType, Long> {

	@EntityGraph(attributePaths = "family")
	List<RoleType> findAll();

	@EntityGraph(attributePaths = "family")
	Optional<RoleType> findBySlug(String slug);

}
