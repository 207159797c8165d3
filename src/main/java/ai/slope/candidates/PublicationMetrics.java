package ai.slope.candidates;

import java.util.Collection;

/**
 * What a list of publications adds up to.
 * @param hIndex the largest h such that h publications have at least h citations each
 */
public record PublicationMetrics(int publications, long totalCitations, int hIndex) {

	public static final PublicationMetrics NONE = new PublicationMetrics(0, 0, 0);

	public static PublicationMetrics of(Collection<Integer> citations) {
		int[] sorted = citations.stream().mapToInt(c -> Math.max(0, c)).sorted().toArray();
		long total = 0;
		int h = 0;
		// from the most cited down: the i-th (1-based) publication counts while it has at least i citations
		for (int i = 1; i <= sorted.length; i++) {
			int c = sorted[sorted.length - i];
			total += c;
			if (c >= i) {
				h = i;
			}
		}
		return new PublicationMetrics(sorted.length, total, h);
	}

}
