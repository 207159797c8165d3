package ai.slope.candidates;

import java.util.List;

/**
 * Why a profile is among a search's results, and what raised it.
 * @param terms the words and phrases of the search (or of the posting's title) that the profile contains, each
 * with the fields it was found in
 * @param mustSkills the must-have skills, as the profile writes them (a result has them all)
 * @param niceSkills the nice-to-have skills the profile has, as it writes them
 * @param missingNiceSkills the nice-to-have skills it lacks, as the search wrote them
 * @param signals the research signals that raised its rank
 * @param roleTypeMatched when matching a posting: the profile wants its role type
 * @param seniorityMatched when matching a posting: the profile wants its seniority
 * @param topVenuePapers with the search's top-venue paper filter, the papers it counted (“2 first-author papers at
 * NeurIPS, ICML since 2022”); else {@code null}
 * @param researchRole when matching a posting of a research role type: the signals carry their research weights
 */
public record MatchExplanation(List<TermMatch> terms, List<String> mustSkills, List<String> niceSkills,
		List<String> missingNiceSkills, List<CandidateRanking.SignalCounted> signals, boolean roleTypeMatched,
		boolean seniorityMatched, TopVenuePapers.Found topVenuePapers, boolean researchRole) {

	public MatchExplanation {
		terms = List.copyOf(terms);
		mustSkills = List.copyOf(mustSkills);
		niceSkills = List.copyOf(niceSkills);
		missingNiceSkills = List.copyOf(missingNiceSkills);
		signals = List.copyOf(signals);
	}

	/**
	 * A word or phrase of the search that the profile contains.
	 * @param fields where, in the order of {@link CandidateRanking.TextField}
	 */
	public record TermMatch(String term, List<CandidateRanking.TextField> fields) {

		public TermMatch {
			fields = List.copyOf(fields);
		}

	}

}
