package ai.slope.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class AccountSearchTests {

	@Autowired
	Accounts accounts;

	@Test
	void anAdminFindsAnAccountByItsEmailHoweverItIsSpelt() {
		Account account = AccountFixture.create(this.accounts, Role.SEEKER);
		String localPart = account.getEmail().substring(0, account.getEmail().indexOf('@'));

		assertThat(this.accounts.search(new AccountQuery(localPart.toUpperCase(java.util.Locale.ROOT) + "@fixture", null,
				null), Pageable.unpaged()).getContent()).extracting(Account::getId).containsExactly(account.getId());
		assertThat(this.accounts.search(new AccountQuery("\uFF30erson" + localPart.substring("Person".length()) + "@",
				null, null), Pageable.unpaged()).getContent()).extracting(Account::getId).containsExactly(account.getId());
	}

	@Test
	void theFirstAdminAndEveryLookupUseTheEmailKey() {
		assertThat(this.accounts.findByEmail(" ROOT@slope.test ")).get()
			.extracting(Account::getEmail)
			.isEqualTo(WebIntegrationTest.ADMIN_EMAIL);
		assertThat(this.accounts.findByEmail("\uFF32oot@Slope.Test")).isPresent();
		assertThat(this.accounts.findByEmail("root@slope.test.")).isEmpty();
	}

}
