package ai.slope.candidates;

import java.util.List;

/**
 * The top venues matched by some profiles' publications changed (an admin added, changed or deleted a venue): those
 * profiles are reindexed after the commit, for the search's top-venue filter and signals.
 * @param accountIds the profiles
 */
public record TopVenueMatchesChanged(List<Long> accountIds) {

	public TopVenueMatchesChanged {
		accountIds = List.copyOf(accountIds);
	}

}
