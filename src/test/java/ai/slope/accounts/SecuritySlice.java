package ai.slope.accounts;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import ai.slope.web.SiteAddress;

import static org.mockito.Mockito.mock;

/**
 * Slope's real security configuration for a {@code @WebMvcTest} slice ({@code @Import(SecuritySlice.class)}): the
 * one filter chain with its access rules, login page, CSRF protection and headers, and the real site address
 * ({@code slope.base-url}, unset in a slice). The chain is built from the
 * accounts module's services, which a slice does not have; they are mocks here, and no rule a slice test checks
 * calls them: they are used only when someone logs in with a password or a remember-me cookie, or logs out (the user
 * details, the throttle, the token table behind the {@link DataSource}) or when a logged-in Slope user's language is remembered
 * ({@link Accounts}), and slice tests log in with {@code @WithMockUser} instead. A test that needs a real login is
 * a {@code WebIntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SiteAddress.class })
public class SecuritySlice {

	@Bean
	AccountUserDetails accountUserDetails() {
		return mock(AccountUserDetails.class);
	}

	@Bean
	LoginThrottle loginThrottle() {
		return mock(LoginThrottle.class);
	}

	@Bean
	Accounts accounts() {
		return mock(Accounts.class);
	}

	@Bean
	DataSource rememberMeTokenTable() {
		return mock(DataSource.class);
	}

}
