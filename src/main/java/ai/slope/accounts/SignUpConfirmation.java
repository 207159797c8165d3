package ai.slope.accounts;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A sign-up waiting for the link mailed to its email to be opened; the account exists only from then on, so
 * that signing up tells nobody whether an email has an account. Only the SHA-256 of the mailed token and the
 * BCrypt hash of the chosen password are kept.
 */
@Entity
class SignUpConfirmation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tokenHash;

	private String email;

	private String emailKey;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String language;

	private Instant createdAt;

	private Instant expiresAt;

	protected SignUpConfirmation() {
	}

	SignUpConfirmation(String tokenHash, String email, String displayName, String passwordHash, Role role,
			Locale language, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.email = email;
		this.emailKey = EmailKey.of(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.language = Account.languageTag(language);
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return now.isBefore(this.expiresAt);
	}

	String getEmail() {
		return this.email;
	}

	String getEmailKey() {
		return this.emailKey;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	Locale getLanguage() {
		return Locale.forLanguageTag(this.language);
	}

}
