package ai.slope.roles;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

	/** The slugs of all role types, read once a minute at most: every search checks its role filters against them. */
	private final Cache<Boolean, Set<String>> slugs = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	RoleTaxonomy(RoleFamilyRepository families, RoleTypeRepository types) {
		this.families = families;
		this.types = types;
	}

	/**
	 * The slugs of every role type. Kept for a minute; a role type added on this instance is known at once
	 * (see {@link RoleTaxonomyEditor}), one added on another within the minute. Slugs never change.
	 */
	public Set<String> slugs() {
		return this.slugs.get(Boolean.TRUE, key -> Set.copyOf(this.types.findAllSlugs()));
	}

	void forgetSlugs() {
		this.slugs.invalidateAll();
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
