package ai.slope.roles;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the role taxonomy. The taxonomy is small (a few dozen rows), so callers may ask for all of it.
 */
@Service
@Transactional(readOnly = true)
public class RoleTaxonomy {

	private final RoleFamilyRepository families;

	private final RoleTypeRepository types;

	RoleTaxonomy(RoleFamilyRepository families, RoleTypeRepository types) {
		this.families = families;
		this.types = types;
	}

	/**
	 * Every role type grouped by family, both in their display order.
	 */
	public Map<RoleFamily, List<RoleType>> byFamily() {
		Map<RoleFamily, List<RoleType>> grouped = new LinkedHashMap<>();
		this.families.findAllByOrderByPosition().forEach(family -> grouped.put(family, new java.util.ArrayList<>()));
		for (RoleType type : roleTypes()) {
			grouped.entrySet()
				.stream()
				.filter(e -> e.getKey().getId().equals(type.getFamily().getId()))
				.findFirst()
				.ifPresent(e -> e.getValue().add(type));
		}
		return grouped;
	}

	/**
	 * Every role type, in family then display order.
	 */
	public List<RoleType> roleTypes() {
		return this.types.findAll()
			.stream()
			.sorted(Comparator.comparingInt((RoleType t) -> t.getFamily().getPosition())
				.thenComparingInt(RoleType::getPosition))
			.toList();
	}

	public Optional<RoleType> roleType(String slug) {
		return this.types.findBySlug(slug);
	}

}
