-- Part-time hourly pay was annualised at 40 hours a week; it is now 20 (jobs.AnnualPay, docs/postings.md).
update job_posting
   set salary_min_usd = round(salary_min_usd / 2.0),
       salary_max_usd = round(salary_max_usd / 2.0)
 where employment_type = 'PART_TIME'
   and salary_period = 'HOUR';
