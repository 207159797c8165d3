package ai.slope.candidates;

/**
 * What a seeker does in an open-source repository.
 */
public enum RepositoryRole {

	MAINTAINER, CONTRIBUTOR;

	public String messageKey() {
		return "candidates.repository.role." + name();
	}

}
