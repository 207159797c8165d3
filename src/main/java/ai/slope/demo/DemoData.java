package ai.slope.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.companies.Company;
import ai.slope.companies.CompanyRepository;
import ai.slope.companies.SizeBand;
import ai.slope.jobs.JobPosting;
import ai.slope.accounts.Role;
import ai.slope.jobs.Postings;
import ai.slope.jobs.JobStatus;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.salaries.ExchangeRates;

/**
 * Loads the demo companies, postings, accounts (one per role) and job seekers with applications into an empty
 * database when the
 * application is ready, before the search index is checked. The same seed gives the same data on every run.
 * Instances started together load it once ({@link DemoLock}).
 */
@Component
@ConditionalOnBooleanProperty("slope.demo.enabled")
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final long SEED = 2025_01_19L;

	private static final int REVIEW_QUEUE = 3;

	/** Discoverable candidates for the recruiter search, beside the seekers who applied. */
	static final int CANDIDATES = 3_000;

	/** Demo candidates the demo recruiter has invited to a posting, waiting for an answer. */
	static final int INVITATIONS = 2;

	private static final String SALARIES = "data/aijobs-salaries-2025-01-19.csv";

	private static final Map<SizeBand, Integer> POSTINGS_PER_COMPANY = Map.of(SizeBand.SEED, 6, SizeBand.SMALL, 13,
			SizeBand.MEDIUM, 24, SizeBand.LARGE, 40, SizeBand.ENTERPRISE, 64);

	private final CompanyRepository companies;

	private final Postings postings;

	private final RoleTaxonomy taxonomy;

	private final ExchangeRates exchangeRates;

	private final TransactionTemplate transactions;

	private final DemoAccounts accounts;

	private final DemoSeekers seekers;

	private final DemoCandidates candidates;

	private final Clock clock;

	private final DemoLock lock;

	DemoData(CompanyRepository companies, Postings postings, RoleTaxonomy taxonomy,
			ExchangeRates exchangeRates, TransactionTemplate transactions, DemoAccounts accounts, DemoSeekers seekers,
			DemoCandidates candidates, LockProvider locks, Clock clock) {
		this.lock = new DemoLock(locks);
		this.candidates = candidates;
		this.seekers = seekers;
		this.companies = companies;
		this.postings = postings;
		this.taxonomy = taxonomy;
		this.exchangeRates = exchangeRates;
		this.transactions = transactions;
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	public void loadOnStartup() {
		loadIfEmpty();
	}

	/**
	 * Loads the demo data unless the database holds a company already.
	 * @return what was loaded, or empty when nothing was
	 */
	Optional<Loaded> loadIfEmpty() {
		if (this.companies.count() > 0) {
			log.info("Demo data not loaded: the database already holds companies");
			return Optional.empty();
		}
		Optional<Loaded> loaded = this.lock.whileHeld("demo-data", () -> loadUnlessFilled().orElse(null));
		if (loaded.isEmpty()) {
			log.info("Demo data not loaded here: another instance loads it or has loaded it");
		}
		return loaded;
	}

	private Optional<Loaded> loadUnlessFilled() {
		if (this.companies.count() > 0) {
			return Optional.empty();
		}
		long start = System.nanoTime();
		Generated demo = generate(this.clock.instant());
		sendSomeToReview(demo, this.clock.instant());
		// one transaction: a failure part-way leaves the database empty, so the next start tries again
		List<JobPosting> all = demo.postings();
		int[] applications = new int[1];
		this.transactions.executeWithoutResult(status -> {
			this.companies.saveAll(demo.companies());
			// with their history, so that the recruiter's page of a demo posting says how it got where it is
			this.postings.saveWritten(all);
			Company recruiters = demo.companies().stream().filter(Company::isVerified).findFirst().orElseThrow();
			this.accounts.create(recruiters);
			Instant now = this.clock.instant();
			List<JobPosting> openings = all.stream()
				.filter(p -> p.getCompany() == recruiters && p.isLive(now) && p.isInAppApply())
				.sorted(Comparator.comparing(JobPosting::getPublishedAt).reversed())
				.toList();
			List<JobPosting> elsewhere = all.stream()
				.filter(p -> p.getCompany() != recruiters && p.isLive(now))
				.sorted(Comparator.comparing(JobPosting::getPublishedAt).reversed())
				.limit(3)
				.toList();
			applications[0] = this.seekers.create(this.accounts.account(Role.RECRUITER),
					this.accounts.account(Role.SEEKER), openings, elsewhere, new Random(SEED + 1));
			this.candidates.create(0, CANDIDATES, new Random(SEED + 2));
			if (!openings.isEmpty()) {
				this.seekers.invite(this.accounts.account(Role.RECRUITER), openings.get(0), INVITATIONS);
			}
		});
		Loaded loaded = new Loaded(demo.companies().size(), all.size(),
				(int) all.stream().filter(p -> p.getStatus() == JobStatus.DRAFT).count(), applications[0], CANDIDATES,
				Duration.ofNanos(System.nanoTime() - start));
		log.info("Demo data loaded: {}", loaded);
		return Optional.of(loaded);
	}

	/**
	 * Puts a few postings of companies that are not verified in the admins' review queue, so that the demo
	 * admin has something to approve or reject.
	 */
	static void sendSomeToReview(Generated demo, Instant now) {
		List<JobPosting> unverified = demo.postings()
			.stream()
			.filter(p -> !p.getCompany().isVerified() && p.getStatus() == JobStatus.PUBLISHED)
			.limit(REVIEW_QUEUE)
			.toList();
		for (int i = 0; i < unverified.size(); i++) {
			JobPosting posting = unverified.get(i);
			Instant sent = now.minus(Duration.ofHours(5L * (REVIEW_QUEUE - i)));
			// never before it was published, so that its history is in order
			posting.sendToReview(sent.isBefore(posting.getPublishedAt()) ? posting.getPublishedAt() : sent);
		}
	}

	/**
	 * The demo companies and their postings, not saved; the same on every call but for the publication times,
	 * which count back from {@code now}.
	 */
	Generated generate(Instant now) {
		Random random = new Random(SEED);
		List<CompanyProfile> profiles = CompanyProfile.readAll();
		List<Company> companies = new ArrayList<>();
		for (CompanyProfile profile : profiles) {
			Company company = profile.toCompany(now);
			if (random.nextDouble() < 0.6) {
				company.verify();
			}
			companies.add(company);
		}
		PostingWriter writer = postingWriter(now, random);
		List<JobPosting> postings = new ArrayList<>();
		for (int i = 0; i < profiles.size(); i++) {
			CompanyProfile profile = profiles.get(i);
			int count = (int) Math.round(POSTINGS_PER_COMPANY.get(profile.size()) * (0.75 + 0.5 * random.nextDouble()));
			postings.addAll(writer.write(companies.get(i), profile, Math.max(2, count)));
		}
		// the programs draw their own numbers, so the jobs above are the same with or without them
		postings.addAll(new ProgramWriter(writer, TextBlocks.read("demo/programs.txt"), now, new Random(SEED + 3))
			.write(companies, profiles));
		return new Generated(companies, postings);
	}

	PostingWriter postingWriter(Instant now, Random random) {
		SalaryDistribution salaries;
		try (Reader csv = DemoFiles.reader(SALARIES)) {
			salaries = SalaryDistribution.read(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + SALARIES, ex);
		}
		List<RoleContent> roles = new ArrayList<>();
		for (RoleType type : this.taxonomy.roleTypes()) {
			if (RoleContent.exists(type)) {
				roles.add(RoleContent.read(type));
			}
			else {
				log.warn("No demo postings for role type {}: demo/roles/{}.txt is missing", type.getSlug(),
						type.getSlug());
			}
		}
		DescriptionWriter descriptions = new DescriptionWriter(TextBlocks.read("demo/common.txt"),
				TextBlocks.read("demo/common.zh.txt"));
		return new PostingWriter(roles, Country.readAll(), new PayRanges(salaries, this.exchangeRates), descriptions,
				now, random);
	}

	record Generated(List<Company> companies, List<JobPosting> postings) {
	}

	/**
	 * What was loaded, and how long it took.
	 */
	record Loaded(int companies, int postings, int drafts, int applications, int candidates, Duration took) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%,d companies, %,d postings (%,d published, %,d drafts), %,d applications, %,d candidates in %.1f s",
					this.companies, this.postings, this.postings - this.drafts, this.drafts, this.applications,
					this.candidates, this.took.toMillis() / 1000.0);
		}

	}

}

