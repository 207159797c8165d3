package ai.slope.salaries.web.admin;

/**
 * A title rule as the form gives it, bound by Spring: its kind, the title or pattern, and the role type it maps to
 * (or out of scope), as typed ({@code null} when missing); {@code TitleRules} checks them and says what is wrong
 * beside the form.
 */
record RuleForm(String kind, String title, String target) {

	static RuleForm empty() {
		return new RuleForm("EXACT", "", "");
	}

	/** The form as the page shows it again: an exact title when no kind was given, a missing text empty. */
	RuleForm shown() {
		return new RuleForm((this.kind != null) ? this.kind : "EXACT", (this.title != null) ? this.title : "",
				(this.target != null) ? this.target : "");
	}

	public String getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getTarget() {
		return this.target;
	}

}
