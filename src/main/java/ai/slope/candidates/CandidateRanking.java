package ai.slope.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * How candidate searches rank, in one place: text relevance first (BM25 over weighted fields), then the coverage
 * of nice-to-have skills, then research signals. Must-have skills are filters: every result has them all. Each
 * weight is added to a result's score when it holds, so that the explanation of a result (see
 * {@link MatchExplanation}) names exactly what counted.
 */
public final class CandidateRanking {

	/** The fields keywords are looked for in, with their weights: what a person says of themselves first. */
	public enum TextField {

		HEADLINE("headline", 3f), SKILLS("skillText", 3f), PUBLICATION_TITLES("publicationTitle", 2f),
		SUMMARY("summary", 1f), VENUES("publicationVenue", 1f);

		private final String indexField;

		private final float weight;

		TextField(String indexField, float weight) {
			this.indexField = indexField;
			this.weight = weight;
		}

		public String indexField() {
			return this.indexField;
		}

		public float weight() {
			return this.weight;
		}

		public String messageKey() {
			return "candidates.search.field." + name();
		}

	}

	/** All of the nice-to-have skills together are worth this much; each one a share of it. */
	public static final float NICE_SKILLS = 4f;

	/** Matching a posting: the profile wants the posting's role type. */
	public static final float POSTING_ROLE_TYPE = 3f;

	/** Matching a posting: the profile wants the posting's seniority. */
	public static final float POSTING_SENIORITY = 1.5f;

	/** Matching a posting: the weight of the posting's title words, over the same fields as keywords. */
	public static final float POSTING_TITLE = 1f;

	/**
	 * A research signal: a profile reaching {@code threshold} in a measure gets {@code weight} added. The tiers of
	 * one measure add up (an h-index of 25 gets the three h-index weights).
	 */
	public record Tier(Signal signal, long threshold, float weight) {
	}

	/** What research signals measure. */
	public enum Signal {

		PUBLICATIONS(CandidateProfile::getPublicationCount), CITATIONS(CandidateProfile::getCitations),
		H_INDEX(CandidateProfile::getHIndex),
		/** Publications at a top venue ({@link TopVenue}, matched when saved). */
		TOP_VENUE_PAPERS(profile -> profile.getPublications()
			.stream()
			.filter(publication -> publication.getTopVenue() != null)
			.count()),
		/** Publications at a top venue whose owner is the first author. */
		FIRST_AUTHOR_TOP_VENUE_PAPERS(profile -> profile.getPublications()
			.stream()
			.filter(publication -> publication.getTopVenue() != null && publication.isFirstAuthor())
			.count()),
		GITHUB(profile -> profile.getGithubUrl() != null ? 1 : 0),
		SCHOLAR(profile -> profile.getScholarUrl() != null ? 1 : 0),
		HUGGING_FACE(profile -> profile.getHuggingFaceUrl() != null ? 1 : 0),
		/** Medals at the IMO, IOI or IPhO (gold, silver or bronze). */
		OLYMPIAD_MEDALS(CandidateRanking::olympiadMedals),
		/** The best Codeforces rating given. */
		CODEFORCES_RATING(profile -> profile.getAchievements()
			.stream()
			.filter(achievement -> achievement.getRating() != null)
			.mapToLong(Achievement::getRating)
			.max()
			.orElse(0)),
		/** 1 for a Kaggle Master or Grandmaster. */
		KAGGLE_MASTER(profile -> profile.getAchievements()
			.stream()
			.anyMatch(achievement -> achievement.getTier() == KaggleTier.MASTER
					|| achievement.getTier() == KaggleTier.GRANDMASTER) ? 1 : 0),
		/** The stars band (its lower bound) of the most starred repository the profile maintains. */
		MAINTAINED_STARS(profile -> profile.getRepositories()
			.stream()
			.filter(repository -> repository.getRole() == RepositoryRole.MAINTAINER)
			.mapToLong(repository -> repository.getStars().atLeast())
			.max()
			.orElse(0)),
		/** Levels climbed a year ({@link CareerGrowth}) in tenths: 7 for 0.7. */
		GROWTH(profile -> profile.getCareerGrowth()
			.map(CareerGrowth::levelsPerYear)
			.map(rate -> Math.round(rate * 10))
			.orElse(0L));

		private final ToLongFunction<CandidateProfile> measure;

		Signal(ToLongFunction<CandidateProfile> measure) {
			this.measure = measure;
		}

		public long of(CandidateProfile profile) {
			return this.measure.applyAsLong(profile);
		}

		public String messageKey() {
			return "candidates.search.signal." + name();
		}

	}

	public static final List<Tier> TIERS = List.of(new Tier(Signal.H_INDEX, 5, 0.4f),
			new Tier(Signal.H_INDEX, 10, 0.4f), new Tier(Signal.H_INDEX, 20, 0.4f), new Tier(Signal.CITATIONS, 100, 0.3f),
			new Tier(Signal.CITATIONS, 1_000, 0.3f), new Tier(Signal.CITATIONS, 10_000, 0.3f),
			new Tier(Signal.PUBLICATIONS, 1, 0.2f), new Tier(Signal.PUBLICATIONS, 5, 0.2f),
			new Tier(Signal.GITHUB, 1, 0.25f), new Tier(Signal.SCHOLAR, 1, 0.25f), new Tier(Signal.HUGGING_FACE, 1, 0.25f),
			new Tier(Signal.OLYMPIAD_MEDALS, 1, 0.5f), new Tier(Signal.CODEFORCES_RATING, 2100, 0.25f),
			new Tier(Signal.CODEFORCES_RATING, 2400, 0.25f), new Tier(Signal.KAGGLE_MASTER, 1, 0.3f),
			new Tier(Signal.MAINTAINED_STARS, 1_000, 0.25f), new Tier(Signal.MAINTAINED_STARS, 10_000, 0.25f),
			new Tier(Signal.GROWTH, 5, 0.3f), new Tier(Signal.GROWTH, 10, 0.2f), new Tier(Signal.TOP_VENUE_PAPERS, 1, 0.3f),
			new Tier(Signal.TOP_VENUE_PAPERS, 3, 0.3f), new Tier(Signal.FIRST_AUTHOR_TOP_VENUE_PAPERS, 1, 0.3f),
			new Tier(Signal.FIRST_AUTHOR_TOP_VENUE_PAPERS, 3, 0.2f));

	/**
	 * Matching a posting of a research role type ({@link #isResearchRole}): what top-venue papers, first authorship,
	 * achievements and growth add on top of {@link #TIERS}. At most 3.75, a little more than wanting the posting's
	 * role type ({@link #POSTING_ROLE_TYPE}), so a strong record can overtake a profile that only says it wants the
	 * role.
	 */
	public static final List<Tier> RESEARCH_TIERS = List.of(new Tier(Signal.TOP_VENUE_PAPERS, 1, 0.75f),
			new Tier(Signal.TOP_VENUE_PAPERS, 3, 0.5f), new Tier(Signal.FIRST_AUTHOR_TOP_VENUE_PAPERS, 1, 0.75f),
			new Tier(Signal.FIRST_AUTHOR_TOP_VENUE_PAPERS, 3, 0.25f), new Tier(Signal.OLYMPIAD_MEDALS, 1, 0.5f),
			new Tier(Signal.CODEFORCES_RATING, 2100, 0.25f), new Tier(Signal.KAGGLE_MASTER, 1, 0.25f),
			new Tier(Signal.GROWTH, 5, 0.5f));

	/** The role families whose role types are research roles: all of the Research family's. */
	public static final java.util.Set<String> RESEARCH_FAMILIES = java.util.Set.of("research");

	/** Research role types of other families: the AI safety researcher (Safety, ethics and policy). */
	public static final java.util.Set<String> RESEARCH_ROLE_TYPES = java.util.Set.of("ai-safety");

	/**
	 * Whether matching a posting of this role type weighs the research tiers: research scientists, research
	 * engineers, applied scientists (and any role type an admin adds to the Research family) and AI safety
	 * researchers; not the engineering, product, hardware or policy roles, whose recruiters read other things first.
	 */
	public static boolean isResearchRole(String familySlug, String roleTypeSlug) {
		return RESEARCH_FAMILIES.contains(familySlug) || RESEARCH_ROLE_TYPES.contains(roleTypeSlug);
	}

	private CandidateRanking() {
	}

	private static long olympiadMedals(CandidateProfile profile) {
		return olympiadMedalsOf(profile).count();
	}

	private static Stream<Achievement> olympiadMedalsOf(CandidateProfile profile) {
		return profile.getAchievements()
			.stream()
			.filter(achievement -> achievement.getKind() == AchievementKind.IMO || achievement.getKind() == AchievementKind.IOI
					|| achievement.getKind() == AchievementKind.IPHO)
			.filter(achievement -> achievement.getMedal() == Medal.GOLD || achievement.getMedal() == Medal.SILVER
					|| achievement.getMedal() == Medal.BRONZE);
	}

	/**
	 * What a counted signal names beside its value: for olympiad medals the best of them (“IMO silver medal”: the
	 * best medal, then the latest year); {@code null} for the others, whose value says it all.
	 */
	private static CareerGrowth.Explanation bestOf(Signal signal, CandidateProfile profile) {
		if (signal != Signal.OLYMPIAD_MEDALS) {
			return null;
		}
		return olympiadMedalsOf(profile)
			.min(Comparator.comparing(Achievement::getMedal)
				.thenComparing(Comparator.comparing(Achievement::getYear).reversed()))
			.map(Achievement::describe)
			.orElse(null);
	}

	/**
	 * The signals that counted for the profile, each once with its value (the highest tier it reached decides
	 * nothing more than that it counted), in the order of {@link Signal}.
	 */
	public static List<SignalCounted> signalsOf(CandidateProfile profile) {
		return counted(profile, false);
	}

	/**
	 * The signals that counted for the profile when it is matched to a posting of a research role type: those of
	 * {@link #signalsOf} and those that only {@link #RESEARCH_TIERS} weigh, each with both weights.
	 */
	public static List<SignalCounted> researchSignalsOf(CandidateProfile profile) {
		return counted(profile, true);
	}

	private static List<SignalCounted> counted(CandidateProfile profile, boolean research) {
		List<SignalCounted> counted = new ArrayList<>();
		for (Signal signal : Signal.values()) {
			long value = signal.of(profile);
			float weight = weight(TIERS, signal, value);
			float researchWeight = research ? weight(RESEARCH_TIERS, signal, value) : 0;
			if (weight > 0 || researchWeight > 0) {
				counted.add(new SignalCounted(signal, value, weight, researchWeight, bestOf(signal, profile),
						venuesOf(signal, profile)));
			}
		}
		return counted;
	}

	private static float weight(List<Tier> tiers, Signal signal, long value) {
		float weight = 0;
		for (Tier tier : tiers) {
			if (tier.signal() == signal && value >= tier.threshold()) {
				weight += tier.weight();
			}
		}
		return weight;
	}

	/** For the top-venue signals, the venues of the papers counted, the most papers first; else none. */
	private static List<String> venuesOf(Signal signal, CandidateProfile profile) {
		if (signal != Signal.TOP_VENUE_PAPERS && signal != Signal.FIRST_AUTHOR_TOP_VENUE_PAPERS) {
			return List.of();
		}
		return TopVenuePapers.venues(profile.getPublications()
			.stream()
			.filter(publication -> signal == Signal.TOP_VENUE_PAPERS || publication.isFirstAuthor())
			.toList());
	}

	/**
	 * A research signal that raised a result's rank.
	 * @param value the profile's measure (1 for a link)
	 * @param weight what it added to the score
	 * @param researchWeight what it added on top when matching a posting of a research role type (0 otherwise)
	 * @param best the best entry behind the value, named in the explanation (the best olympiad medal), or {@code null}
	 * @param venues for the top-venue papers, the venues' acronyms, the most papers first; else empty
	 */
	public record SignalCounted(Signal signal, long value, float weight, float researchWeight,
			CareerGrowth.Explanation best, List<String> venues) {

		public SignalCounted {
			venues = List.copyOf(venues);
		}

	}

}
