package ai.slope.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Changes the role taxonomy: adds role types and edits their names, summaries and descriptions. A role
 * type's slug never changes once made, since it is in links people keep and in the search index of every
 * posting; pages read the names from the database on each request, so an edit shows at once.
 */
@Service
public class RoleTaxonomyEditor {

	private static final Logger log = LoggerFactory.getLogger(RoleTaxonomyEditor.class);

	public static final int MAX_SLUG_LENGTH = 60;

	public static final int MAX_NAME_LENGTH = 120;

	public static final int MAX_SUMMARY_LENGTH = 300;

	public static final int MAX_DESCRIPTION_LENGTH = 5000;

	/** Lower-case letters and digits in words joined by single hyphens, as the database checks too. */
	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private final RoleFamilyRepository families;

	private final RoleTypeRepository types;

	private final RoleTaxonomy taxonomy;

	RoleTaxonomyEditor(RoleFamilyRepository families, RoleTypeRepository types, RoleTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.families = families;
		this.types = types;
	}

	/**
	 * A role type to add to a family.
	 * @param family the family's slug
	 * @param slug the role type's slug, for its address ({@code /roles/<slug>})
	 */
	public record NewRoleType(String family, String slug, RoleTypeText text) {

		public NewRoleType {
			family = (family == null) ? "" : family.strip();
			slug = (slug == null) ? "" : slug.strip();
			text = (text == null) ? RoleTypeText.empty() : text;
		}

	}

	/**
	 * What an edit changed.
	 */
	public record RoleTypeEdit(RoleType roleType, List<RoleTypeText.FieldChange> changes) {
	}

	@Transactional(readOnly = true)
	public List<RoleFamily> families() {
		return this.families.findAllByOrderByPosition();
	}

	/**
	 * Every rule the new role type breaks; empty when it may be added.
	 */
	@Transactional(readOnly = true)
	public List<InputProblem> problemsWith(NewRoleType request) {
		List<InputProblem> problems = new ArrayList<>();
		if (this.families.findBySlug(request.family()).isEmpty()) {
			problems.add(InputProblem.of("family", "admin.roles.error.family"));
		}
		String slug = request.slug();
		if (slug.isEmpty()) {
			problems.add(InputProblem.of("slug", "admin.roles.error.slug.required"));
		}
		else if (slug.length() > MAX_SLUG_LENGTH) {
			problems.add(InputProblem.of("slug", "admin.roles.error.slug.too-long", MAX_SLUG_LENGTH));
		}
		else if (!SLUG.matcher(slug).matches()) {
			problems.add(InputProblem.of("slug", "admin.roles.error.slug.format"));
		}
		else if (this.types.existsBySlug(slug)) {
			problems.add(InputProblem.of("slug", "admin.roles.error.slug.taken"));
		}
		problems.addAll(problemsWith(request.text()));
		return problems;
	}

	/**
	 * Every rule the texts break: each is required in both languages, and names, summaries and descriptions
	 * have a maximum length.
	 */
	public List<InputProblem> problemsWith(RoleTypeText text) {
		List<InputProblem> problems = new ArrayList<>();
		text.fields().forEach((field, value) -> {
			int max = field.startsWith("name") ? MAX_NAME_LENGTH
					: field.startsWith("summary") ? MAX_SUMMARY_LENGTH : MAX_DESCRIPTION_LENGTH;
			if (value.isEmpty()) {
				problems.add(InputProblem.of(field, "admin.roles.error.required"));
			}
			else if (value.length() > max) {
				problems.add(InputProblem.of(field, "admin.roles.error.too-long", max));
			}
		});
		return problems;
	}

	/**
	 * Adds a role type at the end of its family.
	 * @throws InvalidInputException when it breaks a rule (a slug that is taken, a missing Chinese name…)
	 */
	@Transactional
	public RoleType create(NewRoleType request) {
		List<InputProblem> problems = problemsWith(request);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		RoleFamily family = this.families.findBySlug(request.family()).orElseThrow();
		RoleType type = new RoleType(family, request.slug(), this.types.maxPosition(family) + 1, request.text());
		try {
			// flush now, so that a role type added at the same moment with the same slug fails here
			type = this.types.saveAndFlush(type);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException(List.of(InputProblem.of("slug", "admin.roles.error.slug.taken")));
		}
		this.taxonomy.forget();
		log.info("Role type {} added to {}", type.getSlug(), family.getSlug());
		return type;
	}

	/**
	 * Changes the texts of a role type, provided nobody changed it since the editor read it.
	 * @param expectedVersion the version the editor read ({@link RoleType#getVersion()})
	 * @return the role type and the fields that changed (none when the texts are the same)
	 * @throws InvalidInputException when a text breaks a rule
	 * @throws RoleTypeConflictException when the role type changed since the editor read it
	 * @throws java.util.NoSuchElementException when there is no role type of that slug
	 */
	@Transactional
	public RoleTypeEdit update(String slug, long expectedVersion, RoleTypeText text) {
		List<InputProblem> problems = problemsWith(text);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		RoleType type = this.types.findBySlug(slug).orElseThrow();
		if (type.getVersion() != expectedVersion) {
			throw new RoleTypeConflictException(slug);
		}
		List<RoleTypeText.FieldChange> changes = type.text().changesTo(text);
		if (changes.isEmpty()) {
			return new RoleTypeEdit(type, changes);
		}
		type.change(text);
		try {
			type = this.types.saveAndFlush(type);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RoleTypeConflictException(slug);
		}
		this.taxonomy.forget();
		log.info("Role type {} edited: {}", slug,
				changes.stream().map(RoleTypeText.FieldChange::field).toList());
		return new RoleTypeEdit(type, changes);
	}

	@Transactional(readOnly = true)
	public Optional<RoleType> roleType(String slug) {
		return this.types.findBySlug(slug);
	}

}
