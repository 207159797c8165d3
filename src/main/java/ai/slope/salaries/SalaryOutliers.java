package ai.slope.salaries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags outliers for review. Within each group of role type, experience level and country (of the employee’s
 * residence) with at least {@value #MIN_GROUP} approved or flagged records, a record whose yearly US dollars lie
 * below Q1 − 3·IQR or above Q3 + 3·IQR is FLAGGED, with the bound it crossed and the group’s quartiles as the
 * reason. Flagging is idempotent: a record an admin has not reviewed yet is FLAGGED exactly when it is an outlier
 * now, so a record that stops being one (its group changed) is approved again. A record an admin reviewed keeps
 * the admin’s decision.
 */
@Service
public class SalaryOutliers {

	/** Smaller groups have no meaningful quartiles. */
	public static final int MIN_GROUP = 5;

	/** How many interquartile ranges beyond a quartile make an outlier. */
	public static final int FENCE = 3;

	private final JdbcClient jdbc;

	private final SalaryStats stats;

	SalaryOutliers(JdbcClient jdbc, SalaryStats stats) {
		this.jdbc = jdbc;
		this.stats = stats;
	}

	/**
	 * What flagging did.
	 */
	public record Result(int flagged, int cleared) {
	}

	/**
	 * Flags the outliers of every group, and approves again the unreviewed records that are no longer outliers.
	 */
	@Transactional
	public Result flag() {
		String groups = """
				with grp as (
				  select role_type, experience_level, employee_residence,
				         percentile_cont(0.25) within group (order by amount_usd) as q1,
				         percentile_cont(0.75) within group (order by amount_usd) as q3,
				         count(*) as n
				  from salary_record
				  where role_type is not null and status in ('APPROVED', 'FLAGGED')
				  group by role_type, experience_level, employee_residence
				  having count(*) >= %d
				), fence as (
				  select role_type, experience_level, employee_residence, q1, q3, n,
				         q1 - %d * (q3 - q1) as low, q3 + %d * (q3 - q1) as high
				  from grp
				)
				""".formatted(MIN_GROUP, FENCE, FENCE);
		int cleared = this.jdbc.sql(groups + """
				update salary_record r set status = 'APPROVED', flag_reason = null, version = r.version + 1
				where r.status = 'FLAGGED' and r.reviewed_by is null and r.flag_reason is not null
				  and not exists (
				    select 1 from fence f
				    where f.role_type = r.role_type and f.experience_level = r.experience_level
				      and f.employee_residence = r.employee_residence
				      and (r.amount_usd < f.low or r.amount_usd > f.high))
				""").update();
		int flagged = this.jdbc.sql(groups + """
				update salary_record r set status = 'FLAGGED', version = r.version + 1,
				  flag_reason = case when r.amount_usd < f.low then 'LOW' else 'HIGH' end
				    || '|' || round(case when r.amount_usd < f.low then f.low else f.high end::numeric, 2)
				    || '|' || round(f.q1::numeric, 2) || '|' || round(f.q3::numeric, 2) || '|' || f.n
				from fence f
				where f.role_type = r.role_type and f.experience_level = r.experience_level
				  and f.employee_residence = r.employee_residence
				  and r.status = 'APPROVED' and r.reviewed_by is null
				  and (r.amount_usd < f.low or r.amount_usd > f.high)
				""").update();
		forgetStatsAfterCommit();
		return new Result(flagged, cleared);
	}

	/**
	 * Every change of the records that counted ends by flagging outliers (imports, rules, rates, reviews), so this
	 * is where the kept statistics are forgotten, once the change is visible.
	 */
	private void forgetStatsAfterCommit() {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						SalaryOutliers.this.stats.forget();
					}
				});
		}
		else {
			this.stats.forget();
		}
	}

}
