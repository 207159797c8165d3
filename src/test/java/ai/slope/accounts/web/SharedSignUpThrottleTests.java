package ai.slope.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.ThrottleBuckets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-up limit of an address holds across instances: the application's throttle and another one on the same
 * database (a second instance) draw on the same bucket.
 */
@WebIntegrationTest
class SharedSignUpThrottleTests {

	@Autowired
	SignUpThrottle instanceA;

	@Autowired
	ThrottleBuckets buckets;

	@Test
	void signUpsFromOneAddressAtOnceOnTwoInstancesGetTheLimitOfOne() throws Exception {
		SignUpThrottle instanceB = new SignUpThrottle(this.instanceA.perAddress(), this.buckets);
		String address = "10.37.0." + (System.nanoTime() % 250 + 1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 3 * this.instanceA.perAddress(); i++) {
				SignUpThrottle instance = (i % 2 == 0) ? this.instanceA : instanceB;
				Callable<Boolean> take = () -> {
					start.await();
					return instance.tryTake(address);
				};
				answers.add(pool.submit(take));
			}
			start.countDown();
			long through = 0;
			for (Future<Boolean> answer : answers) {
				through += answer.get(2, TimeUnit.MINUTES) ? 1 : 0;
			}
			assertThat(through).isEqualTo(this.instanceA.perAddress());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
