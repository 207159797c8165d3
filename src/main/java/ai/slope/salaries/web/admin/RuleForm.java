package ai.slope.salaries.web.admin;

import ai.slope.salaries.TitleRule;

/**
 * A title rule as the form gives it: its kind ({@code EXACT} or {@code PATTERN}; anything else lands in the binding
 * result), the title or pattern, and the role type it maps to (or out of scope), which {@code TitleRules} checks.
 */
public class RuleForm {

	private TitleRule.Kind kind = TitleRule.Kind.EXACT;

	private String title = "";

	private String target = "";

	/** The kind as the salaries module reads it, empty when none was chosen. */
	String kindName() {
		return (this.kind != null) ? this.kind.name() : "";
	}

	public TitleRule.Kind getKind() {
		return this.kind;
	}

	public void setKind(TitleRule.Kind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

}
