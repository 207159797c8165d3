package ai.slope.alerts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.WebIntegrationTest;
import ai.slope.system.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebIntegrationTest
class UnsubscribeTokensTests {

	@Autowired
	UnsubscribeTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SigningKeys keys;

	@Test
	void withoutAConfiguredSecretTheKeyIsMadeOnceAndEveryInstanceReadsIt() {
		String token = this.tokens.tokenFor(42);
		byte[] stored = this.jdbc.queryForObject("select secret from signing_key where name = ?", byte[].class,
				UnsubscribeTokens.KEY_NAME);

		UnsubscribeTokens anotherInstance = new UnsubscribeTokens(this.keys, "");

		assertThat(stored).hasSize(32);
		assertThat(token).matches("42\\.[A-Za-z0-9_-]{43}");
		assertThat(anotherInstance.tokenFor(42)).isEqualTo(token);
		assertThat(anotherInstance.alertIdOf(token)).contains(42L);
		assertThat(anotherInstance.alertIdOf("43" + token.substring(2))).isEmpty();
		// one key of this name (blind review keeps its own beside it)
		assertThat(this.jdbc.queryForObject("select count(*) from signing_key where name = ?", Integer.class,
				UnsubscribeTokens.KEY_NAME)).isEqualTo(1);
	}

	@Test
	void aConfiguredSecretSignsInsteadAndMustBeLongEnough() {
		UnsubscribeTokens configured = new UnsubscribeTokens(this.keys,
				"a configured secret of forty characters!");

		assertThat(configured.tokenFor(42)).isNotEqualTo(this.tokens.tokenFor(42));
		assertThat(configured.alertIdOf(this.tokens.tokenFor(42))).isEmpty();
		assertThat(configured.alertIdOf(configured.tokenFor(42))).contains(42L);
		assertThatThrownBy(() -> new UnsubscribeTokens(this.keys, "too short"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SLOPE_ALERTS_SECRET");
	}

	@Test
	void tokensThatAreNotOursAreRefused() {
		assertThat(this.tokens.alertIdOf(null)).isEmpty();
		assertThat(this.tokens.alertIdOf("")).isEmpty();
		assertThat(this.tokens.alertIdOf("42")).isEmpty();
		assertThat(this.tokens.alertIdOf("0." + "A".repeat(43))).isEmpty();
		assertThat(this.tokens.alertIdOf("99999999999999999999." + "A".repeat(43))).isEmpty();
		// nineteen digits, the pattern's most, can still be more than an id holds
		assertThat(this.tokens.alertIdOf("9999999999999999999." + "A".repeat(43))).isEmpty();
		assertThat(this.tokens.alertIdOf(" " + this.tokens.tokenFor(7) + " ")).contains(7L);
		String token = this.tokens.tokenFor(7);
		String base = token.substring(0, token.length() - 1);
		char last = token.charAt(token.length() - 1);
		for (char other : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
			if (other != last) {
				assertThat(this.tokens.alertIdOf(base + other)).as("last character %s", other).isEmpty();
			}
		}
	}

}
