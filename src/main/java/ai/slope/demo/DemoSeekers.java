package ai.slope.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.alerts.JobAlerts;
import ai.slope.alerts.SavedJobs;
import ai.slope.applications.Application;
import ai.slope.applications.Applications;
import ai.slope.applications.Pipeline;
import ai.slope.applications.Sourcing;
import ai.slope.applications.Stage;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.Publications;
import ai.slope.candidates.Resumes;
import ai.slope.jobs.JobPosting;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;

/**
 * Job seekers with profiles made from the role content (skills, a specialty, publications for research roles,
 * links), and applications to the demo recruiter's postings at every stage of the pipeline, made and moved
 * through the real services, so that a person can try the pipeline at once. The demo seeker gets a profile, two
 * applications of their own, three saved jobs and two alerts. Their accounts cannot be logged in to (random passwords, never printed).
 */
@Component
@ConditionalOnBooleanProperty("slope.demo.enabled")
class DemoSeekers {

	/** The stages of each posting's applicants, in the order they apply: every stage on the first. */
	static final List<List<Stage>> PIPELINES = List.of(
			List.of(Stage.APPLIED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER, Stage.HIRED,
					Stage.REJECTED, Stage.WITHDRAWN),
			List.of(Stage.APPLIED, Stage.SCREENING, Stage.SCREENING, Stage.INTERVIEW, Stage.REJECTED),
			List.of(Stage.APPLIED, Stage.APPLIED, Stage.APPLIED, Stage.SCREENING));

	static final List<String> NAMES = List.of("Maya Patel", "Lucas Moreau", "Wang Fang", "Aiko Tanaka",
			"Jonas Becker", "Priya Raman", "Diego Alvarez", "Chen Jing", "Olivia Brooks", "Kwame Mensah", "Sofia Rossi",
			"Li Wei", "Noah Fischer", "Hana Kim", "Arjun Mehta", "Elena Petrova", "Tomás Silva", "Zhang Min",
			"Grace Okafor", "Mateo García");

	private static final List<String> PLACES = List.of("US:San Francisco", "GB:London", "DE:Berlin", "CN:Beijing",
			"CA:Toronto", "FR:Paris", "IN:Bengaluru", "SG:Singapore", "CH:Zurich", "JP:Tokyo", "NL:Amsterdam",
			"CN:Shanghai");

	private static final List<String> PAPER_PATTERNS = List.of("Scaling {0} with sparse experts",
			"Efficient {0} at long context", "A study of {0} in the wild", "{0} without labels: a contrastive approach",
			"Measuring progress in {0}", "Robust {0} under distribution shift");

	private final Accounts accounts;

	private final CandidateProfiles profiles;

	private final Publications publications;

	private final Resumes resumes;

	private final Applications applications;

	private final Pipeline pipeline;

	private final RoleTaxonomy taxonomy;

	private final SavedJobs savedJobs;

	private final JobAlerts alerts;

	private final Sourcing sourcing;

	private final JdbcTemplate jdbc;

	DemoSeekers(Accounts accounts, CandidateProfiles profiles, Publications publications, Resumes resumes,
			Applications applications, Pipeline pipeline, RoleTaxonomy taxonomy, SavedJobs savedJobs,
			JobAlerts alerts, Sourcing sourcing, JdbcTemplate jdbc) {
		this.sourcing = sourcing;
		this.jdbc = jdbc;
		this.savedJobs = savedJobs;
		this.alerts = alerts;
		this.accounts = accounts;
		this.profiles = profiles;
		this.publications = publications;
		this.resumes = resumes;
		this.applications = applications;
		this.pipeline = pipeline;
		this.taxonomy = taxonomy;
	}

	/**
	 * Makes the seekers and their applications; called by {@link DemoData} in its transaction, after the demo
	 * accounts.
	 * @param openings the demo recruiter's published postings that take applications in Slope
	 * @param toSave live postings of other companies, for the demo seeker's saved jobs
	 * @return the number of applications made
	 */
	int create(Account recruiter, Account demoSeeker, List<JobPosting> openings, List<JobPosting> toSave,
			Random random) {
		int made = 0;
		int next = 0;
		for (int p = 0; p < Math.min(openings.size(), PIPELINES.size()); p++) {
			JobPosting posting = openings.get(p);
			if (p == 1) {
				// one pipeline to try blind first review on (docs/applications.md)
				this.pipeline.turnBlindReview(recruiter.getId(), posting.getId(), true);
			}
			for (Stage stage : PIPELINES.get(p)) {
				Account seeker = seeker(NAMES.get(next % NAMES.size()), next, posting, random);
				next++;
				apply(seeker, posting, recruiter, stage);
				made++;
			}
		}
		profile(demoSeeker, "Sam Seeker", openings.isEmpty() ? null : openings.get(0), random, true);
		for (int p = 0; p < Math.min(2, openings.size()); p++) {
			apply(demoSeeker, openings.get(p), recruiter, (p == 0) ? Stage.INTERVIEW : Stage.APPLIED);
			made++;
		}
		// something on the demo seeker's saved jobs and alerts pages too
		toSave.stream().limit(3).forEach(posting -> this.savedJobs.save(demoSeeker.getId(), posting.getId()));
		this.alerts.create(demoSeeker.getId(), "role=research-scientist&remote=remote", "Remote research scientists",
				"WEEKLY");
		this.alerts.create(demoSeeker.getId(), "q=pytorch&seniority=senior", "Senior PyTorch roles", "DAILY");
		return made;
	}

	private Account seeker(String name, int index, JobPosting posting, Random random) {
		String email = name.toLowerCase(Locale.ROOT)
			.replace("á", "a")
			.replace("í", "i")
			.replace(' ', '.') + "." + index + "@seekers.demo.slope.example";
		Account account = this.accounts.createDemoAccount(email, name, UUID.randomUUID() + "-Aa1!", Role.SEEKER);
		profile(account, name, posting, random, random.nextDouble() < 0.75);
		return account;
	}

	private void profile(Account account, String name, JobPosting posting, Random random, boolean withResume) {
		RoleType type = (posting != null) ? posting.getRoleType() : this.taxonomy.roleTypes().get(0);
		RoleContent role = RoleContent.exists(type) ? RoleContent.read(type) : null;
		String title = (role == null) ? type.name(Locale.ENGLISH) : role.english().pick("titles", random);
		String specialty = (role == null || !role.english().has("specialties")) ? "Machine Learning"
				: role.english().pick("specialties", random);
		List<String> skills = new ArrayList<>();
		if (role != null) {
			skills.addAll(role.english().pick("core-skills", 2, random));
			skills.addAll(role.english().pick("skills", 2 + random.nextInt(4), random));
		}
		if (posting != null) {
			// most applicants bring some of what the posting asks for
			posting.getSkills().stream().filter(skill -> random.nextDouble() < 0.6).forEach(skills::add);
		}
		String[] place = PLACES.get(random.nextInt(PLACES.size())).split(":");
		int years = 1 + random.nextInt(14);
		String handle = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + random.nextInt(100);
		boolean research = type.getSlug().contains("research") || type.getSlug().contains("scientist")
				|| type.getSlug().contains("safety");
		String headline = title + " · " + specialty;
		String summary = String.format(Locale.ROOT,
				"%s in %s roles, most recently on %s. I like shipping work that others build on, and writing about it.",
				(years == 1) ? "One year" : years + " years", title.toLowerCase(Locale.ROOT),
				specialty.toLowerCase(Locale.ROOT));
		this.profiles.save(account.getId(), null,
				new CandidateProfiles.ProfileInput(headline, summary, place[0], place[1], random.nextBoolean(),
						random.nextDouble() < 0.3, Integer.toString(years), List.of(type.getSlug()),
						List.of(seniority(years)), Integer.toString(90_000 + 10_000 * random.nextInt(15)), "USD",
						String.join(", ", skills), "https://github.com/" + handle,
						research ? "https://scholar.google.com/citations?user=" + scholarId(random) : "",
						(random.nextDouble() < 0.4) ? "https://huggingface.co/" + handle : "", "", ""));
		int papers = research ? 2 + random.nextInt(PAPER_PATTERNS.size() - 1) : random.nextInt(2);
		List<String> patterns = new ArrayList<>(PAPER_PATTERNS);
		Collections.shuffle(patterns, random);
		for (int i = 0; i < papers; i++) {
			String paper = patterns.get(i).replace("{0}", specialty.toLowerCase(Locale.ROOT));
			this.publications.add(account.getId(),
					new Publications.PublicationInput(Character.toUpperCase(paper.charAt(0)) + paper.substring(1),
							List.of("NeurIPS", "ICML", "ICLR", "ACL", "CVPR", "arXiv").get(random.nextInt(6)),
							Integer.toString(2015 + random.nextInt(11)), Integer.toString(random.nextInt(400)), ""));
		}
		if (withResume) {
			this.resumes.replace(account.getId(), name.replace(' ', '-') + "-CV.pdf",
					DemoResume.pdf(List.of(name, headline, place[1] + ", " + place[0], String.join(", ", skills))));
		}
	}

	private void apply(Account seeker, JobPosting posting, Account recruiter, Stage stage) {
		boolean onProfile = this.resumes.info(seeker.getId()).isPresent();
		Application application = this.applications.apply(seeker.getId(), posting.getId(),
				new Applications.ApplyInput(coverNote(seeker, posting), onProfile, seeker.getDisplayName() + ".pdf",
						onProfile ? null : DemoResume.pdf(List.of(seeker.getDisplayName(), posting.getTitle()))));
		if (stage == Stage.WITHDRAWN) {
			this.applications.withdraw(seeker.getId(), application.getId());
			return;
		}
		List<Stage> path = switch (stage) {
			case APPLIED -> List.of();
			case SCREENING -> List.of(Stage.SCREENING);
			case INTERVIEW -> List.of(Stage.SCREENING, Stage.INTERVIEW);
			case OFFER -> List.of(Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER);
			case HIRED -> List.of(Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER, Stage.HIRED);
			case REJECTED -> List.of(Stage.SCREENING, Stage.REJECTED);
			case SOURCED, WITHDRAWN -> throw new IllegalStateException();
		};
		for (Stage step : path) {
			this.pipeline.move(recruiter.getId(), posting.getId(), List.of(application.getId()), step.name(),
					(step == Stage.REJECTED) ? "Strong, but we need more systems depth." : "");
		}
		if (stage == Stage.SCREENING) {
			this.pipeline.addNote(recruiter.getId(), application.getId(), "Promising; ask about their last project.");
		}
	}

	/**
	 * Invites the first {@code count} demo candidates whose profiles want the posting's role type to it, with a
	 * note, as its recruiter would from the candidate search.
	 */
	void invite(Account recruiter, JobPosting posting, int count) {
		List<Long> candidates = this.jdbc.queryForList("""
				select p.account_id from candidate_profile p join account a on a.id = p.account_id
				join candidate_wanted_role_type w on w.account_id = p.account_id
				where a.email like '%@candidates.demo.slope.example' and w.role_type_id = ?
				order by p.account_id limit ?""", Long.class, posting.getRoleType().getId(), count);
		for (long candidate : candidates) {
			this.sourcing.invite(recruiter.getId(), posting.getId(), candidate,
					"Your profile stood out in our search. Would you like to talk about " + posting.getTitle() + "?");
		}
	}

	/**
	 * A Google Scholar user id: 12 letters, digits, dashes or underscores.
	 */
	private static String scholarId(Random random) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
		StringBuilder id = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			id.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return id.toString();
	}

	private static String coverNote(Account seeker, JobPosting posting) {
		return "Hello,\n\nI would like to join " + posting.getCompanyName() + " as " + posting.getTitle()
				+ ". My profile shows what I have built; I would be glad to talk.\n\n" + seeker.getDisplayName();
	}

	private static String seniority(int years) {
		if (years < 2) {
			return "ENTRY";
		}
		if (years < 5) {
			return "MID";
		}
		return (years < 10) ? "SENIOR" : "STAFF";
	}

}
