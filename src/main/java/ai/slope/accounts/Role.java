package ai.slope.accounts;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an account may do. Job seekers and recruiters sign themselves up; admins are made by the first-admin
 * bootstrap (or, later, by another admin).
 */
public enum Role {

	SEEKER, RECRUITER, ADMIN;

	/**
	 * The Spring Security authority of the role, for {@code hasRole(...)} rules.
	 */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public boolean canSignUp() {
		return this != ADMIN;
	}

	/**
	 * The roles a person can choose when signing up.
	 */
	public static List<Role> signUpChoices() {
		return List.of(SEEKER, RECRUITER);
	}

	public String messageKey() {
		return "accounts.role." + name();
	}

}
