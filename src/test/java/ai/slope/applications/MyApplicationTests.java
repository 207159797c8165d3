package ai.slope.applications;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import ai.slope.jobs.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;

class MyApplicationTests {

	@Test
	void theLinkToAChinesePostingIsPercentEncodedAsEveryOtherLinkToIt() {
		MyApplication application = new MyApplication(1, Stage.APPLIED, Instant.EPOCH, Instant.EPOCH, 1363,
				"高级工程师", "高级工程师", "Zephyr", "zephyr", JobStatus.PUBLISHED, Instant.EPOCH, true, "");

		assertThat(application.postingPath()).isEqualTo("/jobs/1363-%E9%AB%98%E7%BA%A7%E5%B7%A5%E7%A8%8B%E5%B8%88");
	}

}
