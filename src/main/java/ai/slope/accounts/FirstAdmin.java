package ai.slope.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import ai.slope.web.InvalidInputException;

/**
 * Creates the first admin at start-up from {@code SLOPE_ADMIN_EMAIL} and {@code SLOPE_ADMIN_PASSWORD} when no
 * admin exists yet; once one does, the settings are ignored (so a changed password is not overwritten).
 */
@Component
class FirstAdmin {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final String email;

	private final String password;

	private final String displayName;

	FirstAdmin(Accounts accounts, @Value("${slope.admin.email:}") String email,
			@Value("${slope.admin.password:}") String password, @Value("${slope.admin.name:Admin}") String displayName) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
		this.displayName = displayName;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void createOnStartup() {
		createIfNoAdmin();
	}

	/**
	 * @return whether an admin was created
	 */
	boolean createIfNoAdmin() {
		if (!StringUtils.hasText(this.email)) {
			if (!this.accounts.adminExists()) {
				log.info("No admin account yet: set SLOPE_ADMIN_EMAIL and SLOPE_ADMIN_PASSWORD to create one");
			}
			return false;
		}
		if (this.accounts.adminExists()) {
			return false;
		}
		if (this.accounts.findByEmail(this.email).isPresent()) {
			log.warn("First admin not created: {} already belongs to an account that is not an admin", this.email);
			return false;
		}
		try {
			Account admin = this.accounts.createAdmin(this.email, this.displayName, this.password);
			log.info("Created the first admin account, {}", admin.getEmail());
			return true;
		}
		catch (InvalidInputException ex) {
			if (this.accounts.adminExists()) {
				// another instance, started at the same time, created it first (the unique email refused this one)
				log.info("First admin created by another instance meanwhile");
				return false;
			}
			log.error("First admin not created: SLOPE_ADMIN_EMAIL or SLOPE_ADMIN_PASSWORD breaks a rule ({})",
					ex.getProblem().code());
			return false;
		}
	}

}
