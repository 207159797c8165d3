package ai.slope.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import ai.slope.companies.Company;
import ai.slope.demo.Country.City;
import ai.slope.demo.PayRanges.Pay;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.ProgramLengthUnit;
import ai.slope.jobs.ProgramTerms;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;

/**
 * Makes up the demo programs (issue 18): internships, AI residencies, research fellowships and career-switch
 * programs at the demo companies, in English, with their terms drawn below. Deadlines fall between tomorrow and five
 * months from {@code now} (Anywhere on Earth), cohorts start two weeks to three months after; every career-switch
 * program and about half the internships and residencies ask for no prior AI experience; most career-switch programs
 * and about half the others include one-to-one mentoring. Each kind is about the role types that suit it
 * ({@link #ROLE_TYPES}); each program was written a few hours before it was published, and its history says so.
 * Its own random numbers, so the jobs stay as they were.
 */
final class ProgramWriter {

	/** How many programs of each kind the demo holds. */
	static final Map<OpeningType, Integer> COUNTS = new EnumMap<>(Map.of(OpeningType.INTERNSHIP, 22,
			OpeningType.RESIDENCY, 14, OpeningType.FELLOWSHIP, 12, OpeningType.CAREER_SWITCH, 24));

	private static final Map<OpeningType, Double> MENTORING = Map.of(OpeningType.INTERNSHIP, 0.6,
			OpeningType.RESIDENCY, 0.7, OpeningType.FELLOWSHIP, 0.3, OpeningType.CAREER_SWITCH, 0.9);

	/** The share that asks for prior AI/ML experience; a career-switch program never does. */
	private static final Map<OpeningType, Double> EXPERIENCE_REQUIRED = Map.of(OpeningType.INTERNSHIP, 0.5,
			OpeningType.RESIDENCY, 0.4, OpeningType.FELLOWSHIP, 0.8, OpeningType.CAREER_SWITCH, 0.0);

	/**
	 * The role types a kind of program is about (any for an internship): fellowships and residencies are research,
	 * career-switch programs train engineers, product and program people and policy staff, not researchers.
	 */
	static final Map<OpeningType, Set<String>> ROLE_TYPES = Map.of(OpeningType.INTERNSHIP, Set.of(),
			OpeningType.RESIDENCY, Set.of("research-scientist", "research-engineer", "applied-scientist", "ai-safety"),
			OpeningType.FELLOWSHIP,
			Set.of("research-scientist", "research-engineer", "applied-scientist", "ai-safety", "ai-ethics-policy"),
			OpeningType.CAREER_SWITCH, Set.of("ml-engineer", "data-engineer", "mlops-engineer",
					"infrastructure-engineer", "product-manager", "technical-program-manager", "ai-ethics-policy"));

	private static final Duration PUBLISHED_WITHIN = Duration.ofDays(30);

	private static final DateTimeFormatter COHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final PostingWriter postings;

	private final TextBlocks text;

	private final Instant now;

	private final Random random;

	ProgramWriter(PostingWriter postings, TextBlocks text, Instant now, Random random) {
		this.postings = postings;
		this.text = text;
		this.now = now;
		this.random = random;
	}

	/**
	 * The programs, each at a company drawn from {@code companies} (with its profile at the same index).
	 */
	List<JobPosting> write(List<Company> companies, List<CompanyProfile> profiles) {
		List<JobPosting> programs = new ArrayList<>();
		for (Map.Entry<OpeningType, Integer> kind : COUNTS.entrySet()) {
			for (int i = 0; i < kind.getValue(); i++) {
				int company = this.random.nextInt(companies.size());
				programs.add(write(companies.get(company), profiles.get(company), kind.getKey()));
			}
		}
		return programs;
	}

	private JobPosting write(Company company, CompanyProfile profile, OpeningType type) {
		RoleContent role = this.postings.role(profile, ROLE_TYPES.get(type), this.random);
		TextBlocks blocks = role.blocks(false);
		Seniority seniority = switch (type) {
			case INTERNSHIP -> Seniority.INTERN;
			case FELLOWSHIP -> Seniority.MID;
			default -> Seniority.ENTRY;
		};
		EmploymentType employment = switch (type) {
			case INTERNSHIP -> EmploymentType.INTERNSHIP;
			case RESIDENCY -> (this.random.nextDouble() < 0.3) ? EmploymentType.TEMPORARY : EmploymentType.FULL_TIME;
			case FELLOWSHIP -> (this.random.nextDouble() < 0.6) ? EmploymentType.TEMPORARY : EmploymentType.FULL_TIME;
			default -> EmploymentType.FULL_TIME;
		};
		Country country = this.postings.country(profile, this.random);
		RemotePolicy remote = (this.random.nextDouble() < 0.15) ? RemotePolicy.REMOTE
				: (this.random.nextDouble() < 0.5) ? RemotePolicy.HYBRID : RemotePolicy.ONSITE;
		City city = (remote == RemotePolicy.REMOTE) ? null : (country.code().equals(profile.country())
				&& this.random.nextDouble() < 0.6) ? country.city(profile.city())
						: country.cities().get(this.random.nextInt(country.cities().size()));
		String specialty = blocks.pick("specialties", this.random);
		Pay pay = this.postings.pay(role, seniority, employment, country, profile, this.random);

		LocalDate today = this.now.atOffset(ProgramTerms.ANYWHERE_ON_EARTH).toLocalDate();
		LocalDate deadline = today.plusDays(1 + this.random.nextInt(150));
		LocalDate cohort = deadline.plusDays(14 + this.random.nextInt(90));
		boolean mentoring = this.random.nextDouble() < MENTORING.get(type);
		boolean experience = this.random.nextDouble() < EXPERIENCE_REQUIRED.get(type);
		ProgramLengthUnit unit;
		int length;
		switch (type) {
			case INTERNSHIP -> {
				unit = ProgramLengthUnit.WEEKS;
				length = 10 + this.random.nextInt(7);
			}
			case RESIDENCY -> {
				unit = ProgramLengthUnit.MONTHS;
				length = 12 + this.random.nextInt(7);
			}
			case FELLOWSHIP -> {
				unit = ProgramLengthUnit.MONTHS;
				length = 6 + 6 * this.random.nextInt(4);
			}
			default -> {
				boolean weeks = this.random.nextBoolean();
				unit = weeks ? ProgramLengthUnit.WEEKS : ProgramLengthUnit.MONTHS;
				length = weeks ? 12 + this.random.nextInt(13) : 3 + this.random.nextInt(7);
			}
		}

		String roleTitle = blocks.pick("titles", this.random);
		Map<String, String> placeholders = Map.of("{title}", roleTitle, "{specialty}", specialty, "{company}",
				profile.name(), "{city}", (city != null) ? city.name() : country.name(false), "{country}",
				country.name(false), "{range}", DescriptionWriter.range(pay, false), "{length}",
				length + " " + unit.name().toLowerCase(Locale.ROOT), "{cohort}", COHORT_DAY.format(cohort));
		String title = fill(this.text.pick("title-" + type, this.random), placeholders);
		String description = description(profile, type, mentoring, placeholders);
		String eligibility = this.text
			.all("eligibility-" + type + (experience ? "-required" : "-none"))
			.stream()
			.map(line -> "- " + fill(line, placeholders))
			.collect(Collectors.joining("\n"));
		List<String> skills = new ArrayList<>(blocks.pick("core-skills", 2, this.random));
		skills.addAll(blocks.pick("skills", 1 + this.random.nextInt(3), this.random));
		String applyUrl = (this.random.nextDouble() < 0.4)
				? "https://" + profile.slug() + ".example/programs/" + (1_000 + this.random.nextInt(9_000)) : null;

		PostingInput input = new PostingInput(role.type().getSlug(), title, seniority, employment, remote,
				(city != null) ? city.name() : null, country.code(), pay.min(), pay.max(), pay.currency(), pay.period(),
				this.random.nextDouble() < 0.3, skills, description, applyUrl, null, type,
				new ProgramTerms(cohort, length, unit, deadline, mentoring, experience, eligibility));
		Instant publishedAt = this.now.minusSeconds((long) (this.random.nextDouble() * PUBLISHED_WITHIN.toSeconds()));
		JobPosting posting = JobPosting.written(company, role.type(), input, pay.minAnnualUsd(), pay.maxAnnualUsd(),
				publishedAt.minus(PostingWriter.WRITTEN_BEFORE));
		return PostingWriter.published(posting, publishedAt, posting.closingTime());
	}

	private String description(CompanyProfile profile, OpeningType type, boolean mentoring,
			Map<String, String> placeholders) {
		List<String> blocks = new ArrayList<>();
		blocks.add("## " + this.text.pick("heading-about", this.random));
		blocks.add(profile.description());
		blocks.add("## " + this.text.pick("heading-program", this.random));
		blocks.add(this.text.pick("intro-" + type, this.random));
		blocks.add("## " + this.text.pick("heading-duties", this.random));
		blocks.add(bullets(this.text.pick("duties", 4, this.random)));
		blocks.add("## " + this.text.pick("heading-support", this.random));
		List<String> support = new ArrayList<>();
		if (mentoring) {
			support.add(this.text.pick("support-mentoring", this.random));
		}
		support.addAll(this.text.pick("support", 4, this.random));
		blocks.add(bullets(support));
		blocks.add("## " + this.text.pick("heading-after", this.random));
		blocks.add(this.text.pick("after-" + type, this.random));
		return blocks.stream().map(block -> fill(block, placeholders)).collect(Collectors.joining("\n\n")) + "\n";
	}

	private static String bullets(List<String> lines) {
		return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
	}

	private static String fill(String block, Map<String, String> placeholders) {
		String filled = block;
		for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
			filled = filled.replace(placeholder.getKey(), placeholder.getValue());
		}
		return filled;
	}

}
