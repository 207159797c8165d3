package ai.slope.accounts;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In every test application, passwords are hashed with BCrypt at cost 6 (64 rounds) instead of the production
 * cost (10, 1,024 rounds): the same {@code {bcrypt}$2a$…} hashes through the same delegating encoder, 16 times
 * cheaper. The tests sign up and log in hundreds of times; at the production cost that was tens of seconds of the
 * build. Not the lowest cost (4): a hash still takes a few milliseconds, so that the login throttle's tests that
 * send many logins at once still have them overlap while passwords are being checked. Being a component of the
 * test sources, it is part of every test context alike, so it adds no context of its own.
 */
@Component
class CheapPasswordHashing implements BeanPostProcessor {

	static final int COST = 6;

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DelegatingPasswordEncoder && name.equals("passwordEncoder")) {
			return new DelegatingPasswordEncoder("bcrypt", Map.<String, PasswordEncoder>of("bcrypt",
					new BCryptPasswordEncoder(COST)));
		}
		return bean;
	}

}
