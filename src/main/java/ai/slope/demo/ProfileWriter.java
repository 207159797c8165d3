package ai.slope.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ai.slope.web.SkillTags;
import ai.slope.roles.Seniority;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;

/**
 * Makes realistic, discoverable candidate profiles from the role content: what each role's people are called,
 * their specialties and skills, a spread of seniority, places from the demo countries, links, and for research
 * roles publications whose citations follow a long tail (a few people are cited thousands of times, most a few
 * dozen). The same seed makes the same profiles.
 */
final class ProfileWriter {

	private static final List<String> FIRST_NAMES = List.of("Maya", "Lucas", "Fang", "Aiko", "Jonas", "Priya",
			"Diego", "Jing", "Olivia", "Kwame", "Sofia", "Wei", "Noah", "Hana", "Arjun", "Elena", "Tomás", "Min",
			"Grace", "Mateo", "Amara", "Yuki", "Lea", "Omar", "Ingrid", "Rahul", "Chloé", "Ji-woo", "Mei", "Daniel",
			"Fatima", "Sven", "Lina", "Hiro", "Ana", "Ben", "Zara", "Ivan", "Nadia", "Kai", "Rosa", "Tariq", "Emma",
			"Jun", "Sara", "Leon", "Aditi", "Marco", "Yara", "Felix");

	private static final List<String> LAST_NAMES = List.of("Patel", "Moreau", "Wang", "Tanaka", "Becker", "Raman",
			"Alvarez", "Chen", "Brooks", "Mensah", "Rossi", "Li", "Fischer", "Kim", "Mehta", "Petrova", "Silva", "Zhang",
			"Okafor", "García", "Nguyen", "Sato", "Müller", "Haddad", "Larsen", "Gupta", "Dubois", "Park", "Liu",
			"Cohen", "Khan", "Johansson", "Schmidt", "Yamamoto", "Costa", "Walker", "Ali", "Ivanova", "Novak", "Lopez",
			"Huang", "Singh", "Kowalski", "Reyes", "Ito", "Andersson", "Rahman", "Ricci", "Zhao", "Weber");

	private static final List<String> PAPER_PATTERNS = List.of("Scaling {0} with sparse experts",
			"Efficient {0} at long context", "A study of {0} in the wild", "{0} without labels: a contrastive approach",
			"Measuring progress in {0}", "Robust {0} under distribution shift", "Towards reliable {0}",
			"{0} at the edge: lessons from production", "On the sample efficiency of {0}",
			"Benchmarking {0} across languages", "Distilling {0} into small models", "{0}: a survey");

	/** Venues as people type them: about two in three a top venue (candidates.TopVenues), in several spellings. */
	private static final List<String> VENUES = List.of("NeurIPS", "NeurIPS 2024", "ICML",
			"Proceedings of the 41st International Conference on Machine Learning (ICML 2024)", "ICLR", "ACL", "EMNLP",
			"CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition", "ICCV", "AAAI", "KDD", "MLSys",
			"ISCA", "JMLR", "TMLR", "arXiv", "arXiv", "Findings of EMNLP", "NeurIPS Workshop on Efficient Machine Learning",
			"IEEE TPAMI", "ICASSP", "Interspeech", "WACV");

	private static final String[] PLACES = { "US:San Francisco", "US:New York", "US:Seattle", "US:Boston",
			"GB:London", "GB:Cambridge", "DE:Berlin", "DE:Munich", "FR:Paris", "CA:Toronto", "CA:Montreal", "CH:Zurich",
			"NL:Amsterdam", "CN:Beijing", "CN:Shanghai", "CN:Shenzhen", "IN:Bengaluru", "SG:Singapore", "JP:Tokyo",
			"KR:Seoul", "IL:Tel Aviv", "SE:Stockholm", "ES:Barcelona", "PL:Warsaw", "AU:Sydney", "BR:São Paulo" };

	private static final Map<String, String> CURRENCIES = Map.of("GB", "GBP", "DE", "EUR", "FR", "EUR", "NL", "EUR",
			"ES", "EUR", "CH", "CHF", "CN", "CNY", "CA", "CAD", "JP", "JPY", "IN", "INR");

	private static final Map<String, Double> PAY = Map.of("US", 1.0, "GB", 0.58, "DE", 0.62, "FR", 0.52, "CH", 0.9,
			"CN", 0.45, "IN", 0.26, "CA", 0.78, "SG", 0.7, "IL", 0.7);

	private final List<RoleContent> roles;

	private final ExchangeRates rates;

	private final Random random;

	ProfileWriter(List<RoleContent> roles, ExchangeRates rates, Random random) {
		this.roles = List.copyOf(roles);
		this.rates = rates;
		this.random = random;
	}

	/**
	 * A generated profile, as the tables hold it.
	 * @param minimumSalary a year, in {@code currency}; null when not given
	 */
	record Profile(String name, String email, String headline, String summary, String country, String city,
			boolean remote, boolean relocation, int years, List<Long> roleTypeIds, List<Seniority> seniorities,
			Integer minimumSalary, String currency, Integer minimumSalaryUsd, List<SkillTags.Skill> skills,
			String github, String scholar, String huggingFace, String linkedin, List<Paper> papers) {
	}

	record Paper(String title, String venue, int year, int citations) {
	}

	Profile write(int index) {
		Random r = this.random;
		RoleContent role = this.roles.get(r.nextInt(this.roles.size()));
		String first = FIRST_NAMES.get(r.nextInt(FIRST_NAMES.size()));
		String last = LAST_NAMES.get(r.nextInt(LAST_NAMES.size()));
		String name = first + " " + last;
		String handle = ascii(first + last).toLowerCase(Locale.ROOT) + index;
		String email = ascii(first).toLowerCase(Locale.ROOT) + "." + ascii(last).toLowerCase(Locale.ROOT) + "." + index
				+ "@candidates.demo.slope.example";
		String title = role.english().pick("titles", r);
		String specialty = role.english().has("specialties") ? role.english().pick("specialties", r) : "Machine Learning";
		int years = (int) Math.min(30, Math.round(Math.abs(r.nextGaussian()) * 6 + r.nextInt(3)));
		Seniority level = seniority(years);
		String[] place = PLACES[r.nextInt(PLACES.length)].split(":");
		String slug = role.type().getSlug();
		boolean research = slug.contains("research") || slug.contains("scientist") || slug.contains("safety");

		Set<String> skillNames = new LinkedHashSet<>(role.english().pick("core-skills", 1 + r.nextInt(3), r));
		skillNames.addAll(role.english().pick("skills", 2 + r.nextInt(6), r));
		Map<String, SkillTags.Skill> skills = new LinkedHashMap<>();
		for (String skill : skillNames) {
			String tag = SkillTags.tag(skill);
			if (!tag.isEmpty()) {
				skills.putIfAbsent(tag, new SkillTags.Skill(tag, SkillTags.display(skill)));
			}
		}

		List<Long> roleTypeIds = new ArrayList<>();
		roleTypeIds.add(role.type().getId());
		if (r.nextDouble() < 0.35) {
			RoleContent other = this.roles.get(r.nextInt(this.roles.size()));
			if (other.type().getFamily().getId().equals(role.type().getFamily().getId())
					&& !roleTypeIds.contains(other.type().getId())) {
				roleTypeIds.add(other.type().getId());
			}
		}
		List<Seniority> seniorities = new ArrayList<>(List.of(level));
		if (level.ordinal() + 1 < Seniority.values().length && r.nextDouble() < 0.4) {
			seniorities.add(Seniority.values()[level.ordinal() + 1]);
		}

		List<Paper> papers = new ArrayList<>();
		int paperCount = research ? (int) Math.min(40, Math.round(Math.exp(r.nextGaussian() * 0.8 + 1.4)) + years / 3)
				: (r.nextDouble() < 0.25 ? 1 + r.nextInt(3) : 0);
		double impact = Math.exp(r.nextGaussian() * 1.1 + (research ? 2.6 : 1.2));
		for (int i = 0; i < paperCount; i++) {
			String pattern = PAPER_PATTERNS.get(r.nextInt(PAPER_PATTERNS.size()));
			String paperTitle = pattern.replace("{0}", specialty.toLowerCase(Locale.ROOT));
			paperTitle = Character.toUpperCase(paperTitle.charAt(0)) + paperTitle.substring(1);
			int citations = (int) Math.min(50_000, Math.round(impact * Math.pow(1 - r.nextDouble(), -0.7)));
			papers.add(new Paper(paperTitle, VENUES.get(r.nextInt(VENUES.size())), 2026 - r.nextInt(Math.max(1, years + 2)),
					citations));
		}

		Integer minimum = null;
		String currency = null;
		Integer usd = null;
		if (r.nextDouble() < 0.7) {
			currency = CURRENCIES.getOrDefault(place[0], "USD");
			double base = 95_000 + 18_000 * Math.min(years, 15) + r.nextInt(30_000);
			int wanted = (int) Math.round(base * PAY.getOrDefault(place[0], 0.6));
			minimum = Math.round(this.rates.fromAnnualUsd(wanted, currency, SalaryPeriod.YEAR) / 1000f) * 1000;
			usd = this.rates.toAnnualUsd(minimum, currency, SalaryPeriod.YEAR);
		}
		String headline = title + " · " + specialty;
		String summary = String.format(Locale.ROOT,
				"%s with %d years in %s. Lately: %s. I care about %s and about shipping work others build on.",
				title, years, specialty.toLowerCase(Locale.ROOT),
				String.join(", ", skills.values().stream().limit(3).map(SkillTags.Skill::display).toList()),
				research ? "careful experiments" : "reliable systems");
		return new Profile(name, email, headline, summary, place[0], place[1], r.nextDouble() < 0.55,
				r.nextDouble() < 0.3, years, roleTypeIds, seniorities, minimum, currency, usd,
				List.copyOf(skills.values()), r.nextDouble() < 0.7 ? "https://github.com/" + handle : null,
				(research ? r.nextDouble() < 0.8 : r.nextDouble() < 0.1)
						? "https://scholar.google.com/citations?user=" + scholarId(r) : null,
				r.nextDouble() < 0.3 ? "https://huggingface.co/" + handle : null,
				r.nextDouble() < 0.5 ? "https://www.linkedin.com/in/" + handle : null, papers);
	}

	static Seniority seniority(int years) {
		if (years < 1) {
			return Seniority.INTERN;
		}
		if (years < 3) {
			return Seniority.ENTRY;
		}
		if (years < 6) {
			return Seniority.MID;
		}
		if (years < 10) {
			return Seniority.SENIOR;
		}
		if (years < 14) {
			return Seniority.STAFF;
		}
		return (years < 20) ? Seniority.PRINCIPAL : Seniority.DIRECTOR;
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
	}

	private static String scholarId(Random random) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
		StringBuilder id = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			id.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
