package ai.slope.accounts;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Someone who can log in to Slope: a job seeker, a recruiter or an admin. The email is kept as typed; it is
 * found and kept unique by its {@link EmailKey} (a unique index on {@code email_key}); only a hash of the
 * password is kept. Changes go through {@link Accounts}.
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String emailKey;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String language;

	private boolean suspended;

	private boolean demo;

	private Instant createdAt;

	private Instant passwordChangedAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Role role, Locale language, boolean demo,
			Instant now) {
		this.email = email;
		this.emailKey = EmailKey.of(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.language = languageTag(language);
		this.demo = demo;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	static String languageTag(Locale locale) {
		return (locale != null && "zh".equals(locale.getLanguage())) ? "zh-CN" : "en";
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	/**
	 * The language of the mails Slope sends to this account: English or Simplified Chinese.
	 */
	public Locale getLanguage() {
		return Locale.forLanguageTag(this.language);
	}

	public boolean isSuspended() {
		return this.suspended;
	}

	/**
	 * Whether the demo data made this account (only ever true in a demo database).
	 */
	public boolean isDemo() {
		return this.demo;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	void changePasswordHash(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	/**
	 * Replaces the hash with one of a newer encoding, without counting as a password change.
	 */
	void upgradePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void changeLanguage(Locale language) {
		this.language = languageTag(language);
	}

	void suspend() {
		this.suspended = true;
	}

	void reactivate() {
		this.suspended = false;
	}

	void changeRole(Role role) {
		this.role = role;
	}

}
