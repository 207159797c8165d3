package ai.slope.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import ai.slope.companies.Company;
import ai.slope.companies.SizeBand;
import ai.slope.demo.Country.City;
import ai.slope.demo.PayRanges.Pay;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;

/**
 * Makes up the postings of a company: role, level, place, pay, title, skills and description, drawn with
 * the weights below so that the mix looks like a real AI job board.
 */
final class PostingWriter {

	private static final Map<Seniority, Double> SENIORITIES = Map.of(Seniority.INTERN, 6.0, Seniority.ENTRY, 13.0,
			Seniority.MID, 25.0, Seniority.SENIOR, 28.0, Seniority.STAFF, 13.0, Seniority.PRINCIPAL, 8.0,
			Seniority.DIRECTOR, 7.0);

	private static final Map<EmploymentType, Double> EMPLOYMENT_TYPES = Map.of(EmploymentType.FULL_TIME, 88.0,
			EmploymentType.CONTRACT, 6.0, EmploymentType.PART_TIME, 3.0, EmploymentType.TEMPORARY, 3.0);

	private static final Map<RemotePolicy, Double> REMOTE_POLICIES = Map.of(RemotePolicy.HYBRID, 45.0,
			RemotePolicy.ONSITE, 35.0, RemotePolicy.REMOTE, 20.0);

	/** The share of a company's postings in its home country; large companies hire around the world. */
	private static final Map<SizeBand, Double> HOME_SHARES = Map.of(SizeBand.SEED, 0.95, SizeBand.SMALL, 0.92,
			SizeBand.MEDIUM, 0.8, SizeBand.LARGE, 0.6, SizeBand.ENTERPRISE, 0.45);

	private static final Duration PUBLISHED_WITHIN = Duration.ofDays(45);

	private static final Duration OPEN_FOR = Duration.ofDays(60);

	/** How long before its publication a demo posting was written, for its history. */
	static final Duration WRITTEN_BEFORE = Duration.ofHours(3);

	private static final double DRAFT_SHARE = 0.01;

	private final List<RoleContent> roles;

	private final Map<String, Country> countries;

	private final PayRanges payRanges;

	private final DescriptionWriter descriptions;

	private final Instant now;

	private final Random random;

	PostingWriter(List<RoleContent> roles, Map<String, Country> countries, PayRanges payRanges,
			DescriptionWriter descriptions, Instant now, Random random) {
		this.roles = roles;
		this.countries = countries;
		this.payRanges = payRanges;
		this.descriptions = descriptions;
		this.now = now;
		this.random = random;
	}

	List<JobPosting> write(Company company, CompanyProfile profile, int count) {
		List<JobPosting> postings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			postings.add(write(company, profile));
		}
		return postings;
	}

	private JobPosting write(Company company, CompanyProfile profile) {
		PostingPlan plan = plan(profile);
		TextBlocks role = plan.blocks();
		String title = title(plan);
		Pay pay = plan.pay();
		List<String> skills = new ArrayList<>(role.pick("core-skills", 2, this.random));
		skills.addAll(role.pick("skills", 1 + this.random.nextInt(6), this.random));
		String description = this.descriptions.write(plan, this.random);
		String applyUrl = null;
		if (this.random.nextDouble() < 0.4) {
			int opening = 10_000 + this.random.nextInt(90_000);
			applyUrl = "https://" + profile.slug() + ".example/careers/" + opening;
		}
		PostingInput input = new PostingInput(plan.role().type().getSlug(), title, plan.seniority(),
				plan.employmentType(), plan.remotePolicy(), (plan.city() != null) ? plan.city().name() : null,
				plan.country().code(), pay.min(), pay.max(), pay.currency(), pay.period(), plan.visaSponsorship(),
				skills, description, applyUrl, null);
		if (this.random.nextDouble() < DRAFT_SHARE) {
			return JobPosting.written(company, plan.role().type(), input, pay.minAnnualUsd(), pay.maxAnnualUsd(),
					this.now);
		}
		long ago = (long) (this.random.nextDouble() * PUBLISHED_WITHIN.toSeconds());
		Instant publishedAt = this.now.minusSeconds(ago);
		return published(JobPosting.written(company, plan.role().type(), input, pay.minAnnualUsd(),
				pay.maxAnnualUsd(), publishedAt.minus(WRITTEN_BEFORE)), publishedAt, publishedAt.plus(OPEN_FOR));
	}

	/**
	 * Publishes the draft as at {@code publishedAt}, so that its history reads as a recruiter's would: written
	 * {@link #WRITTEN_BEFORE} before, then published (the programs' too).
	 */
	static JobPosting published(JobPosting draft, Instant publishedAt, Instant expiresAt) {
		draft.publish(publishedAt, expiresAt, publishedAt);
		return draft;
	}

	private PostingPlan plan(CompanyProfile profile) {
		RoleContent role = pick(this.roles, r -> r.weight(profile.kind()));
		Seniority seniority = pick(SENIORITIES);
		EmploymentType employmentType = (seniority == Seniority.INTERN) ? EmploymentType.INTERNSHIP
				: pick(EMPLOYMENT_TYPES);
		Country country = country(profile);
		RemotePolicy remotePolicy = pick(REMOTE_POLICIES);
		City city = null;
		if (remotePolicy != RemotePolicy.REMOTE) {
			boolean headquarters = country.code().equals(profile.country()) && this.random.nextDouble() < 0.6;
			city = headquarters ? country.city(profile.city())
					: country.cities().get(this.random.nextInt(country.cities().size()));
		}
		boolean chinese = this.random.nextDouble() < country.chineseShare();
		String specialty = role.blocks(chinese).pick("specialties", this.random);
		Pay pay = this.payRanges.draw(role.type().getSlug(), seniority, employmentType, country, profile.size(),
				this.random);
		boolean visa = this.random.nextDouble() < ((remotePolicy == RemotePolicy.REMOTE) ? 0.1 : 0.35);
		return new PostingPlan(profile, role, chinese, specialty, seniority, employmentType, remotePolicy, country,
				city, pay, visa);
	}

	/**
	 * A role type for a posting of the company, as its kind of company hires ({@link ProgramWriter}'s too).
	 */
	RoleContent role(CompanyProfile profile, Random random) {
		return pick(this.roles, r -> r.weight(profile.kind()), random);
	}

	/**
	 * A role type among {@code slugs} (every one when empty), as the company's kind hires them.
	 */
	RoleContent role(CompanyProfile profile, Set<String> slugs, Random random) {
		List<RoleContent> among = slugs.isEmpty() ? this.roles
				: this.roles.stream().filter(r -> slugs.contains(r.type().getSlug())).toList();
		return pick(among, r -> r.weight(profile.kind()), random);
	}

	Pay pay(RoleContent role, Seniority seniority, EmploymentType employmentType, Country country,
			CompanyProfile profile, Random random) {
		return this.payRanges.draw(role.type().getSlug(), seniority, employmentType, country, profile.size(), random);
	}

	private Country country(CompanyProfile profile) {
		return country(profile, this.random);
	}

	/**
	 * The country of a posting: mostly the company's own, the more so the smaller it is.
	 */
	Country country(CompanyProfile profile, Random random) {
		if (random.nextDouble() < HOME_SHARES.get(profile.size())) {
			return this.countries.get(profile.country());
		}
		return pick(this.countries.values().stream().filter(c -> !c.code().equals(profile.country())).toList(),
				Country::officeWeight, random);
	}

	private String title(PostingPlan plan) {
		TextBlocks role = plan.blocks();
		String format = (plan.seniority() == Seniority.DIRECTOR) ? role.pick("lead-titles", this.random)
				: this.descriptions.common(plan.chinese()).pick("title-" + plan.seniority(), this.random);
		return format.replace("{title}", role.pick("titles", this.random)).replace("{specialty}", plan.specialty());
	}

	private <T> T pick(Map<T, Double> weights) {
		List<T> keys = weights.keySet().stream().sorted().toList();
		return pick(keys, weights::get);
	}

	private <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
		return pick(items, weight, this.random);
	}

	private static <T> T pick(List<T> items, ToDoubleFunction<T> weight, Random random) {
		double total = items.stream().mapToDouble(weight).sum();
		double roll = random.nextDouble() * total;
		for (T item : items) {
			roll -= weight.applyAsDouble(item);
			if (roll < 0) {
				return item;
			}
		}
		return items.get(items.size() - 1);
	}

}
