package ai.slope.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's view of the accounts: finds them by email whatever its case, and stores a re-encoded
 * hash when the delegating encoder says an old encoding should be upgraded.
 */
@Component
class AccountUserDetails implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	AccountUserDetails(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmailKey(EmailKey.of(email))
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		Account account = this.accounts.findByEmailKey(EmailKey.of(user.getUsername())).orElseThrow();
		account.upgradePasswordHash(newPasswordHash);
		return new SignedInUser(account);
	}

}
