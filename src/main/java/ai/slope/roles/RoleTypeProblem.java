package ai.slope.roles;

import java.util.List;

/**
 * Why a role type was refused: the form field it belongs to, a message code (the admin pages' bundle,
 * {@code i18n/admin*.properties}, holds them) and the message's arguments.
 */
public record RoleTypeProblem(String field, String code, List<Object> arguments) {

	public RoleTypeProblem {
		arguments = List.copyOf(arguments);
	}

	static RoleTypeProblem of(String field, String code, Object... arguments) {
		return new RoleTypeProblem(field, code, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
