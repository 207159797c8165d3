package ai.slope.roles;

/**
 * Thrown by {@link RoleTaxonomyEditor} when a role type changed since the editor read it (optimistic
 * locking): the later edit is refused, nothing is overwritten.
 */
public class RoleTypeConflictException extends RuntimeException {

	private final String slug;

	RoleTypeConflictException(String slug) {
		super("Role type " + slug + " changed since it was read", null, false, false);
		this.slug = slug;
	}

	public String getSlug() {
		return this.slug;
	}

}
