package ai.slope.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Views of a posting's page are counted in memory and written every few seconds; none is lost on the way.
 */
@SlopeIntegrationTest
class PostingViewsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PostingFixture fixture;

	@Autowired
	PostingViews views;

	@Autowired
	JobPostingRepository postings;

	@Test
	void viewsOfThePageReachThePostingWhenTheyAreWritten() throws Exception {
		Company company = this.fixture.company("Viewcount Labs");
		JobPosting posting = this.fixture.posting(company, "research-scientist", "Research Scientist, Viewcounting")
			.save();
		String page = Slugs.path(posting.getId(), posting.getSlug());

		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.perform(get(page)).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		this.views.flush();

		assertThat(this.postings.findById(posting.getId()).orElseThrow().getViewCount()).isEqualTo(3);
	}

	@Test
	void noViewIsLostWhileViewsAreWrittenAtTheSameTime() throws Exception {
		Company company = this.fixture.company("Crowded Views");
		JobPosting first = this.fixture.posting(company, "ml-engineer", "ML Engineer, Crowds").save();
		JobPosting second = this.fixture.posting(company, "ml-engineer", "ML Engineer, Queues").save();
		int threads = 8;
		int each = 500;
		ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> counting = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				long id = (t % 2 == 0) ? first.getId() : second.getId();
				counting.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < each; i++) {
						this.views.count(id);
						if (i % 100 == 0) {
							Thread.yield();
						}
					}
					return null;
				}));
			}
			Future<?> writing = pool.submit(() -> {
				start.await();
				for (int i = 0; i < 20; i++) {
					this.views.flush();
				}
				return null;
			});
			start.countDown();
			for (Future<?> future : counting) {
				future.get(1, TimeUnit.MINUTES);
			}
			writing.get(1, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdownNow();
		}
		this.views.flush();

		assertThat(this.postings.findById(first.getId()).orElseThrow().getViewCount()).isEqualTo(threads / 2 * each);
		assertThat(this.postings.findById(second.getId()).orElseThrow().getViewCount()).isEqualTo(threads / 2 * each);
	}

}
