package ai.slope.roles;

import java.time.Duration;
import java.util.Collections;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	/** The families and role types, read once a minute at most, as the slugs. */
	private final Cache<Boolean, Taxonomy> taxonomy = Caffeine.newBuilder()
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

	/**
	 * Forgets what is kept, now and once the current transaction commits (a request that reads in between must
	 * not keep the old taxonomy for another minute).
	 */
	void forget() {
		this.slugs.invalidateAll();
		this.taxonomy.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					RoleTaxonomy.this.slugs.invalidateAll();
					RoleTaxonomy.this.taxonomy.invalidateAll();
				}
			});
		}
	}

	/**
	 * Every role type grouped by family, both in their display order. Kept for a minute, as {@link #roleTypes()}:
	 * the home page, the search page and every role page show the taxonomy.
	 */
	public Map<RoleFamily, List<RoleType>> byFamily() {
		return taxonomy().byFamily();
	}

	/**
	 * Every role type, in family then display order. Kept for a minute; a change made on this instance shows at
	 * once (see {@link RoleTaxonomyEditor}), one made on another within the minute.
	 */
	public List<RoleType> roleTypes() {
		return taxonomy().roleTypes();
	}

	private Taxonomy taxonomy() {
		return this.taxonomy.get(Boolean.TRUE, key -> read());
	}

	private Taxonomy read() {
		List<RoleType> types = this.types.findAll()
			.stream()
			.sorted(Comparator.comparingInt((RoleType t) -> t.getFamily().getPosition())
				.thenComparingInt(RoleType::getPosition))
			.toList();
		Map<RoleFamily, List<RoleType>> grouped = new LinkedHashMap<>();
		for (RoleFamily family : this.families.findAllByOrderByPosition()) {
			grouped.put(family, types.stream().filter(type -> type.getFamily().getId().equals(family.getId())).toList());
		}
		return new Taxonomy(Collections.unmodifiableMap(grouped), types);
	}

	public Optional<RoleType> roleType(String slug) {
		return this.types.findBySlug(slug);
	}

	private record Taxonomy(Map<RoleFamily, List<RoleType>> byFamily, List<RoleType> roleTypes) {
	}

}
