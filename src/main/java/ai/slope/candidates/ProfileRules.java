package ai.slope.candidates;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import ai.slope.candidates.CandidateProfiles.ProfileInput;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.SkillTags;


/**
 * The rules a profile must keep, each problem with the form field it belongs to.
 */
@Component
class ProfileRules {

	static final int MAX_HEADLINE_LENGTH = 120;

	static final int MAX_SUMMARY_LENGTH = 5000;

	static final int MAX_CITY_LENGTH = 100;

	static final int MAX_YEARS = 60;

	static final int MAX_SALARY = 100_000_000;

	static final int MAX_SKILLS = 30;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final RoleTaxonomy roles;

	ProfileRules(RoleTaxonomy roles) {
		this.roles = roles;
	}

	/**
	 * The profile as it is stored, or every problem it has.
	 */
	Result check(ProfileInput input) {
		List<InputProblem> problems = new ArrayList<>();
		String headline = strip(input.headline());
		if (headline.length() > MAX_HEADLINE_LENGTH) {
			problems.add(InputProblem.of("headline", "candidates.error.headline.too-long", MAX_HEADLINE_LENGTH));
		}
		String summary = strip(input.summary());
		if (summary.length() > MAX_SUMMARY_LENGTH) {
			problems.add(InputProblem.of("summary", "candidates.error.summary.too-long", MAX_SUMMARY_LENGTH));
		}
		String country = strip(input.country()).toUpperCase(Locale.ROOT);
		if (!country.isEmpty() && !COUNTRIES.contains(country)) {
			problems.add(InputProblem.of("country", "candidates.error.country.unknown"));
		}
		String city = strip(input.city());
		if (city.length() > MAX_CITY_LENGTH) {
			problems.add(InputProblem.of("city", "candidates.error.city.too-long", MAX_CITY_LENGTH));
		}
		Integer years = null;
		if (!strip(input.yearsOfExperience()).isEmpty()) {
			years = wholeNumber(input.yearsOfExperience()).filter(n -> n >= 0 && n <= MAX_YEARS).orElse(null);
			if (years == null) {
				problems.add(InputProblem.of("yearsOfExperience", "candidates.error.years.invalid", MAX_YEARS));
			}
		}
		Integer salary = null;
		String currency = null;
		if (!strip(input.minimumSalary()).isEmpty()) {
			salary = wholeNumber(input.minimumSalary()).filter(n -> n >= 0 && n <= MAX_SALARY).orElse(null);
			if (salary == null) {
				problems.add(InputProblem.of("minimumSalary", "candidates.error.salary.invalid"));
			}
			currency = strip(input.salaryCurrency()).toUpperCase(Locale.ROOT);
			if (!isCurrency(currency)) {
				problems.add(InputProblem.of("salaryCurrency", "candidates.error.currency.required"));
			}
		}
		Set<Long> roleTypeIds = new LinkedHashSet<>();
		for (String slug : orEmpty(input.roleTypes())) {
			Optional<RoleType> type = this.roles.roleType(slug);
			if (type.isPresent()) {
				roleTypeIds.add(type.get().getId());
			}
			else {
				problems.add(InputProblem.of("roleTypes", "candidates.error.role-type.unknown", slug));
				break;
			}
		}
		Set<Seniority> seniorities = EnumSet.noneOf(Seniority.class);
		for (String name : orEmpty(input.seniorities())) {
			Optional<Seniority> seniority = seniority(name);
			if (seniority.isPresent()) {
				seniorities.add(seniority.get());
			}
			else {
				problems.add(InputProblem.of("seniorities", "candidates.error.seniority.unknown", name));
				break;
			}
		}
		List<SkillTags.Skill> skills = skills(input.skills(), problems);
		Map<ProfileLinks.Site, String> links = new LinkedHashMap<>();
		for (ProfileLinks.Site site : ProfileLinks.Site.values()) {
			ProfileLinks.Checked checked = ProfileLinks.check(site, input.link(site));
			if (checked.isValid()) {
				links.put(site, checked.url());
			}
			else {
				problems.add(InputProblem.of(site.field(), checked.problem()));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(null, problems);
		}
		return new Result(new CheckedProfile(headline, summary, country.isEmpty() ? null : country, city,
				input.openToRemote(), input.openToRelocation(), years, salary, (salary == null) ? null : currency,
				roleTypeIds, seniorities, skills, links.get(ProfileLinks.Site.GITHUB), links.get(ProfileLinks.Site.SCHOLAR),
				links.get(ProfileLinks.Site.HUGGING_FACE), links.get(ProfileLinks.Site.LINKEDIN),
				links.get(ProfileLinks.Site.WEBSITE), links.get(ProfileLinks.Site.AMINER),
				links.get(ProfileLinks.Site.OPENREVIEW), links.get(ProfileLinks.Site.ORCID), links.get(ProfileLinks.Site.DBLP),
				links.get(ProfileLinks.Site.SEMANTIC_SCHOLAR)), List.of());
	}

	record Result(CheckedProfile profile, List<InputProblem> problems) {
	}

	/**
	 * The skills of the text, one per tag (the first spelling wins), or problems for those that cannot be tags.
	 */
	static List<SkillTags.Skill> skills(String text, List<InputProblem> problems) {
		Map<String, SkillTags.Skill> byTag = new LinkedHashMap<>();
		for (String typed : SkillTags.split(text)) {
			String tag = SkillTags.tag(typed);
			if (tag.isEmpty()) {
				problems.add(InputProblem.of("skills", "candidates.error.skills.unreadable", typed));
				return List.of();
			}
			if (tag.length() > SkillTags.MAX_LENGTH || typed.length() > SkillTags.MAX_LENGTH) {
				problems.add(InputProblem.of("skills", "candidates.error.skills.too-long", typed, SkillTags.MAX_LENGTH));
				return List.of();
			}
			byTag.putIfAbsent(tag, new SkillTags.Skill(tag, typed));
		}
		if (byTag.size() > MAX_SKILLS) {
			problems.add(InputProblem.of("skills", "candidates.error.skills.too-many", MAX_SKILLS, byTag.size()));
			return List.of();
		}
		return List.copyOf(byTag.values());
	}

	/**
	 * A whole number as people write it: “120000”, “120,000”, “120 000”, “120’000”.
	 */
	static Optional<Integer> wholeNumber(String text) {
		String digits = strip(text).replaceAll("[,\\s_'’]", "");
		if (!digits.matches("[0-9]{1,10}")) {
			return Optional.empty();
		}
		long value = Long.parseLong(digits);
		return (value > Integer.MAX_VALUE) ? Optional.empty() : Optional.of((int) value);
	}

	private static boolean isCurrency(String code) {
		if (!code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Optional<Seniority> seniority(String name) {
		for (Seniority seniority : Seniority.values()) {
			if (seniority.name().equals(name)) {
				return Optional.of(seniority);
			}
		}
		return Optional.empty();
	}

	private static List<String> orEmpty(List<String> list) {
		return (list == null) ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
	}

	static String strip(String text) {
		return (text == null) ? "" : text.strip();
	}

}
