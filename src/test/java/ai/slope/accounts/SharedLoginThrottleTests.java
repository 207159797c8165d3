package ai.slope.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.system.DatabaseOutage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The login limits hold across instances: two throttles, each with buckets of its own on the one database (as two
 * instances of Slope behind a load balancer would be), and the application's own, count against the same limits.
 */
@WebIntegrationTest
class SharedLoginThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	DataSource dataSource;

	@Autowired
	ThrottleBuckets buckets;

	Account account;

	LoginThrottle instanceA;

	LoginThrottle instanceB;

	@BeforeEach
	void twoInstances() {
		this.account = AccountFixture.create(this.accounts, Role.SEEKER);
		this.instanceA = new LoginThrottle(this.accountRepository, new ThrottleBuckets(this.dataSource));
		this.instanceB = new LoginThrottle(this.accountRepository, new ThrottleBuckets(this.dataSource));
	}

	/** A wrong password: the attempt keeps its tokens. */
	private static void wrongPassword(LoginThrottle instance, String email, String address) {
		instance.beforeLogin(email, address);
	}

	@Test
	void fiveWrongPasswordsSpreadOverTwoInstancesThrottleTheAccountOnBoth() {
		String email = this.account.getEmail();
		wrongPassword(this.instanceA, email, "10.31.0.1");
		wrongPassword(this.instanceB, email, "10.31.0.2");
		wrongPassword(this.instanceA, email, "10.31.0.3");
		wrongPassword(this.instanceB, email, "10.31.0.4");
		wrongPassword(this.instanceA, email.toUpperCase(), "10.31.0.5");

		assertThatThrownBy(() -> this.instanceA.beforeLogin(email, "10.31.0.6"))
			.isInstanceOf(LoginThrottledException.class);
		assertThatThrownBy(() -> this.instanceB.beforeLogin(email, "10.31.0.7"))
			.isInstanceOf(LoginThrottledException.class);
	}

	@Test
	void failuresOnOtherInstancesThrottleTheLoginPageOfThisOne() throws Exception {
		WebSession browser = new WebSession(this.mvc);
		for (int i = 0; i < 2; i++) {
			Document page = browser.follow(browser.logIn(this.account.getEmail(), "wrong guess " + i));
			assertThat(page.select("#login-error").text()).contains("do not match");
		}
		wrongPassword(this.instanceA, this.account.getEmail(), "10.32.0.1");
		wrongPassword(this.instanceB, this.account.getEmail(), "10.32.0.2");
		wrongPassword(this.instanceB, this.account.getEmail(), "10.32.0.3");

		WebSession owner = new WebSession(this.mvc);
		Document page = owner.follow(owner.logIn(this.account.getEmail(), AccountFixture.PASSWORD));

		assertThat(page.select("#login-error").text()).contains("Too many failed attempts");
	}

	@Test
	void aRightPasswordOnOneInstanceClearsTheCountOnTheOther() {
		String email = this.account.getEmail();
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
			wrongPassword(this.instanceA, email, "10.33.0.1");
		}
		this.instanceB.beforeLogin(email, "10.33.0.2").succeeded();

		for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
			wrongPassword(this.instanceA, email, "10.33.0.3");
		}
		assertThatThrownBy(() -> this.instanceB.beforeLogin(email, "10.33.0.4"))
			.isInstanceOf(LoginThrottledException.class);
	}

	@Test
	void twentyFailuresFromOneAddressSpreadOverTwoInstancesThrottleThatAddressOnBoth() {
		String address = "10.34.0.1";
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			wrongPassword((i % 2 == 0) ? this.instanceA : this.instanceB, "sprayed" + i + "@two.example", address);
		}

		assertThatThrownBy(() -> this.instanceA.beforeLogin(this.account.getEmail(), address))
			.isInstanceOf(LoginThrottledException.class);
		assertThatThrownBy(() -> this.instanceB.beforeLogin(this.account.getEmail(), address))
			.isInstanceOf(LoginThrottledException.class);
		this.instanceB.beforeLogin(this.account.getEmail(), "10.34.0.2").succeeded();
	}

	@Test
	void fortyAttemptsAtOnceOnOneAccountAcrossTwoInstancesGetExactlyFiveChecks() throws Exception {
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			LoginThrottle instance = (i % 2 == 0) ? this.instanceA : this.instanceB;
			String address = "10.35.1." + (i + 1);
			attempts.add(() -> tryTake(() -> instance.beforeLogin(this.account.getEmail(), address)));
		}

		assertThat(atOnce(attempts)).isEqualTo(LoginThrottle.PER_ACCOUNT);
	}

	@Test
	void fortyFourAttemptsAtOnceFromOneAddressAcrossTwoInstancesGetExactlyTwentyChecks() throws Exception {
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 44; i++) {
			LoginThrottle instance = (i % 2 == 0) ? this.instanceA : this.instanceB;
			String email = "burst" + i + "-" + System.nanoTime() + "@two.example";
			attempts.add(() -> tryTake(() -> instance.beforeLogin(email, "10.36.0.1")));
		}

		assertThat(atOnce(attempts)).isEqualTo(LoginThrottle.PER_ADDRESS);
	}

	@Test
	void bucketsFullAgainAreDeletedByTheCleanUp() throws Exception {
		ThrottleBuckets buckets = new ThrottleBuckets(this.dataSource);
		String key = "cleanup-" + System.nanoTime();
		buckets.bucket("test", key, 2, Duration.ofMillis(50)).tryConsume(1);
		buckets.bucket("test", key + "-kept", 2, Duration.ofHours(1)).tryConsume(1);
		assertThat(rows(key + "%")).isEqualTo(2);

		Thread.sleep(100);
		buckets.removeExpired();

		assertThat(rows(key)).isZero();
		assertThat(rows(key + "-kept")).isOne();
	}

	@Test
	void theScheduledCleanUpRunsOnOneInstanceAtATime() throws Exception {
		String key = "scheduled-" + System.nanoTime();
		this.buckets.bucket("test", key, 2, Duration.ofMillis(50)).tryConsume(1);
		Thread.sleep(100);
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("delete from shedlock where name = ?").param(ThrottleBuckets.CLEANUP_LOCK).update();
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (?, now() + interval '10 minutes', now(), 'another-instance')""")
			.param(ThrottleBuckets.CLEANUP_LOCK)
			.update();

		this.buckets.removeExpiredScheduled();
		assertThat(rows(key)).as("the other instance holds the lock").isOne();

		// the other instance's lock runs out (SQL: ShedLock's lock times keep the real clock)
		jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = ?")
			.param(ThrottleBuckets.CLEANUP_LOCK)
			.update();
		this.buckets.removeExpiredScheduled();
		assertThat(rows(key)).isZero();
	}

	@Test
	void whenTheBucketsAreOutOfReachNoPasswordIsCheckedAndTheLoginAnswersUnavailable() {
		DataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:9/none?connectTimeout=2",
				"postgres", "");
		AuthenticationProvider passwords = new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				return fail("a password was checked without its attempt being counted");
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return true;
			}

		};
		ThrottlingAuthenticationProvider logins = new ThrottlingAuthenticationProvider(passwords,
				new LoginThrottle(this.accountRepository, new ThrottleBuckets(unreachable)));

		assertThatThrownBy(() -> logins.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated(this.account.getEmail(), AccountFixture.PASSWORD)))
			.isInstanceOf(InternalAuthenticationServiceException.class)
			.satisfies(failure -> assertThat(DatabaseOutage.isCause(failure))
				.as("answered 503 by DatabaseOutageFilter, not 500")
				.isTrue());
	}

	private long rows(String keyPattern) {
		return JdbcClient.create(this.dataSource)
			.sql("select count(*) from throttle_bucket where id like ?")
			.param("test/2:" + keyPattern)
			.query(Long.class)
			.single();
	}

	private static boolean tryTake(Runnable take) {
		try {
			take.run();
			return true;
		}
		catch (LoginThrottledException ex) {
			return false;
		}
	}

	/**
	 * Runs the attempts at once and answers how many were let through.
	 */
	private static long atOnce(List<Callable<Boolean>> attempts) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> answers = new ArrayList<>();
			for (Callable<Boolean> attempt : attempts) {
				answers.add(pool.submit(() -> {
					start.await();
					return attempt.call();
				}));
			}
			start.countDown();
			long through = 0;
			for (Future<Boolean> answer : answers) {
				if (answer.get(2, TimeUnit.MINUTES)) {
					through++;
				}
			}
			return through;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
