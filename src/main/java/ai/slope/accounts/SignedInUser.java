package ai.slope.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, as Spring Security holds them in the session. Controllers get it with
 * {@link CurrentUser}; the username is the account's email.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final boolean suspended;

	private String passwordHash;

	SignedInUser(Account account) {
		this.id = account.getId();
		this.email = account.getEmail();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.suspended = account.isSuspended();
		this.passwordHash = account.getPasswordHash();
	}

	public long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(this.role.authority());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	/**
	 * A suspended account is disabled: it cannot log in, by form or by remember-me cookie.
	 */
	@Override
	public boolean isEnabled() {
		return !this.suspended;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.id + ", " + this.role + "]";
	}

}
