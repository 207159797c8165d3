package ai.slope.roles;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RoleFamilyRepository extends Repository<RoleFamily, Long> {

	List<RoleFamily> findAllByOrderByPosition();

}
