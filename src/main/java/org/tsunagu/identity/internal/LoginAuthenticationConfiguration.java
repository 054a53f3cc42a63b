package org.tsunagu.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login that answers in the same time whatever the outcome: an unknown user name is compared with a
 * dummy hash (Spring Security's default), and a locked or disabled account still has its password hash
 * computed before it is refused, so the response time does not tell an attacker that the account is locked.
 */
@Configuration(proxyBeanMethods = false)
class LoginAuthenticationConfiguration {

	@Bean
	DaoAuthenticationProvider passwordAuthentication(UserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
		provider.setPreAuthenticationChecks(user -> {
			if ((!user.isAccountNonLocked() || !user.isEnabled()) && user.getPassword() != null) {
				encoder.matches("the same work as a real check", user.getPassword());
			}
			status.check(user);
		});
		return provider;
	}
}
