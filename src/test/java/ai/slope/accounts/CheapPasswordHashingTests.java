package ai.slope.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' applications hash passwords as production does, at BCrypt's lowest cost ({@link CheapPasswordHashing}).
 */
@WebIntegrationTest
class CheapPasswordHashingTests {

	@Autowired
	PasswordEncoder passwords;

	@Test
	void passwordsAreBcryptHashesAtALowerCost() {
		String hash = this.passwords.encode(AccountFixture.PASSWORD);

		assertThat(hash).startsWith("{bcrypt}$2a$0" + CheapPasswordHashing.COST + "$");
		assertThat(this.passwords.matches(AccountFixture.PASSWORD, hash)).isTrue();
		assertThat(this.passwords.matches("another password", hash)).isFalse();
	}

}
