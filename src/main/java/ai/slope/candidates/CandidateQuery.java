package ai.slope.candidates;

import java.util.List;
import java.util.Set;

import ai.slope.roles.Seniority;
import ai.slope.web.SkillTags;

/**
 * A checked search for candidates. Empty sets and lists and {@code null}s mean any value.
 *
 * @param keywords free text over headlines, summaries, skills, publication titles and venues, with AND, OR, NOT,
 * quoted phrases and parentheses; or {@code null}
 * @param mustSkills skills a profile must all have, as typed, one per tag (compared by tag, see {@link SkillTags})
 * @param niceSkills skills that raise a profile's rank, the more of them the higher, as typed, one per tag
 * @param roleTypeIds wanted role types, any of them
 * @param minYears least years of experience
 * @param maxYears most years of experience
 * @param countries where the candidate lives, any of them (ISO 3166-1 alpha-2)
 * @param openToRemote only candidates open to remote work
 * @param openToRelocation only candidates open to relocation
 * @param links only profiles that link to each of these sites
 * @param maxSalaryUsd a budget a year in US dollars: candidates whose minimum is above it are left out (those who
 * give none stay in)
 * @param page the page, from 1
 * @param achievementKinds only profiles with an achievement of each of these kinds
 * @param openSourceMaintainer only profiles that maintain an open-source repository
 * @param minGrowthRate only profiles whose career climbed at least this many levels a year (see {@link CareerGrowth})
 * @param topVenuePapers only profiles with at least so many top-venue papers (first-author, since a year, in a field:
 * see {@link TopVenuePapers}), or {@code null}
 */
public record CandidateQuery(String keywords, List<String> mustSkills, List<String> niceSkills, Set<Long> roleTypeIds,
		Set<Seniority> seniorities, Integer minYears, Integer maxYears, Set<String> countries, boolean openToRemote,
		boolean openToRelocation, Integer minPublications, Integer minCitations, Integer minHIndex,
		Set<ProfileLinks.Site> links, Integer maxSalaryUsd, int page, int size, Set<AchievementKind> achievementKinds,
		boolean openSourceMaintainer, Double minGrowthRate, TopVenuePapers.Criteria topVenuePapers) {

	/** A query without the top-venue paper filter. */
	public CandidateQuery(String keywords, List<String> mustSkills, List<String> niceSkills, Set<Long> roleTypeIds,
			Set<Seniority> seniorities, Integer minYears, Integer maxYears, Set<String> countries, boolean openToRemote,
			boolean openToRelocation, Integer minPublications, Integer minCitations, Integer minHIndex,
			Set<ProfileLinks.Site> links, Integer maxSalaryUsd, int page, int size, Set<AchievementKind> achievementKinds,
			boolean openSourceMaintainer, Double minGrowthRate) {
		this(keywords, mustSkills, niceSkills, roleTypeIds, seniorities, minYears, maxYears, countries, openToRemote,
				openToRelocation, minPublications, minCitations, minHIndex, links, maxSalaryUsd, page, size,
				achievementKinds, openSourceMaintainer, minGrowthRate, null);
	}

	/** A query without the signal filters of issue 18. */
	public CandidateQuery(String keywords, List<String> mustSkills, List<String> niceSkills, Set<Long> roleTypeIds,
			Set<Seniority> seniorities, Integer minYears, Integer maxYears, Set<String> countries, boolean openToRemote,
			boolean openToRelocation, Integer minPublications, Integer minCitations, Integer minHIndex,
			Set<ProfileLinks.Site> links, Integer maxSalaryUsd, int page, int size) {
		this(keywords, mustSkills, niceSkills, roleTypeIds, seniorities, minYears, maxYears, countries, openToRemote,
				openToRelocation, minPublications, minCitations, minHIndex, links, maxSalaryUsd, page, size, Set.of(),
				false, null, null);
	}

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The furthest result a search pages to. */
	public static final int MAX_WINDOW = 10_000;

	public CandidateQuery {
		keywords = (keywords == null || keywords.isBlank()) ? null : keywords.strip();
		// as typed, one per tag: the search compares tags, the explanations show what was written
		mustSkills = ai.slope.web.SkillTags.distinct(mustSkills);
		niceSkills = ai.slope.web.SkillTags.distinct(niceSkills);
		roleTypeIds = Set.copyOf(roleTypeIds);
		seniorities = Set.copyOf(seniorities);
		countries = Set.copyOf(countries);
		links = Set.copyOf(links);
		achievementKinds = Set.copyOf(achievementKinds);
		if (page < 1 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("Invalid page " + page + " of size " + size);
		}
	}

	/** Every discoverable profile, the strongest research signals first. */
	public static CandidateQuery all() {
		return new CandidateQuery(null, List.of(), List.of(), Set.of(), Set.of(), null, null, Set.of(), false, false,
				null, null, null, Set.of(), null, 1, DEFAULT_SIZE);
	}

	public CandidateQuery withPage(int newPage, int newSize) {
		return new CandidateQuery(this.keywords, this.mustSkills, this.niceSkills, this.roleTypeIds, this.seniorities,
				this.minYears, this.maxYears, this.countries, this.openToRemote, this.openToRelocation,
				this.minPublications, this.minCitations, this.minHIndex, this.links, this.maxSalaryUsd, newPage,
				newSize, this.achievementKinds, this.openSourceMaintainer, this.minGrowthRate, this.topVenuePapers);
	}

	/** The same query with this top-venue paper filter (or none). */
	public CandidateQuery withTopVenuePapers(TopVenuePapers.Criteria criteria) {
		return new CandidateQuery(this.keywords, this.mustSkills, this.niceSkills, this.roleTypeIds, this.seniorities,
				this.minYears, this.maxYears, this.countries, this.openToRemote, this.openToRelocation,
				this.minPublications, this.minCitations, this.minHIndex, this.links, this.maxSalaryUsd, this.page,
				this.size, this.achievementKinds, this.openSourceMaintainer, this.minGrowthRate, criteria);
	}

	public int offset() {
		return (this.page - 1) * this.size;
	}

}
