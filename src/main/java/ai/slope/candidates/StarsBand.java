package ai.slope.candidates;

/**
 * How many stars (or likes, on Hugging Face) a repository has, as the seeker states it: Slope fetches nothing.
 */
public enum StarsBand {

	UNDER_100(0), OVER_100(100), OVER_1K(1_000), OVER_10K(10_000), OVER_50K(50_000);

	private final int atLeast;

	StarsBand(int atLeast) {
		this.atLeast = atLeast;
	}

	/** The lower bound of the band. */
	public int atLeast() {
		return this.atLeast;
	}

	public String messageKey() {
		return "candidates.repository.stars." + name();
	}

}
