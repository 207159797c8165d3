package ai.slope.jobs;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.salaries.ExchangeRateChanged;
import ai.slope.salaries.ExchangeRates;

/**
 * Converts the pay of postings in a currency to annual US dollars again when an admin changes that currency’s
 * rates, so that the salary filter and sorting of the job search follow. The postings are saved as entities, so
 * the search index hears of the change on commit.
 */
@Component
class PostingPayConversion {

	private static final Logger log = LoggerFactory.getLogger(PostingPayConversion.class);

	private final JobPostingRepository postings;

	private final ExchangeRates rates;

	PostingPayConversion(JobPostingRepository postings, ExchangeRates rates) {
		this.postings = postings;
		this.rates = rates;
	}

	@ApplicationModuleListener
	public void on(ExchangeRateChanged changed) {
		List<JobPosting> affected = this.postings.findBySalaryCurrency(changed.currency());
		int converted = 0;
		for (JobPosting posting : affected) {
			int min = AnnualPay.toAnnualUsd(this.rates, posting.getSalaryMin(), posting.getSalaryCurrency(),
					posting.getSalaryPeriod(), posting.getEmploymentType());
			int max = AnnualPay.toAnnualUsd(this.rates, posting.getSalaryMax(), posting.getSalaryCurrency(),
					posting.getSalaryPeriod(), posting.getEmploymentType());
			if (min != posting.getSalaryMinUsd() || max != posting.getSalaryMaxUsd()) {
				posting.setSalary(posting.getSalaryMin(), posting.getSalaryMax(), posting.getSalaryCurrency(),
						posting.getSalaryPeriod(), min, max);
				converted++;
			}
		}
		log.info("Exchange rate of {} changed: {} of {} postings converted again", changed.currency(), converted,
				affected.size());
	}

}
