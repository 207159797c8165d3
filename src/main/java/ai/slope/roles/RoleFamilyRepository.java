package ai.slope.roles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RoleFamilyRepository extends Repository<RoleFamily, Long> {

	List<RoleFamily> findAllByOrderByPosition();

	Optional<RoleFamily> findBySlug(String slug);

}
