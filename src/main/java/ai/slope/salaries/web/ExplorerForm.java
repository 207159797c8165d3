package ai.slope.salaries.web;

/**
 * The explorer’s choices as the request gives them; every one may be empty (all).
 *
 * @param roleType a role type’s slug
 * @param level EN, MI, SE or EX
 * @param country ISO 3166-1 alpha-2
 * @param from the first year
 * @param to the last year
 * @param remote 0, 50 or 100
 */
record ExplorerForm(String roleType, String level, String country, String from, String to, String remote) {

	public String getRoleType() {
		return this.roleType;
	}

	public String getLevel() {
		return this.level;
	}

	public String getCountry() {
		return this.country;
	}

	public String getFrom() {
		return this.from;
	}

	public String getTo() {
		return this.to;
	}

	public String getRemote() {
		return this.remote;
	}

}
