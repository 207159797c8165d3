package ai.slope.salaries.web.admin;

/**
 * An exchange rate as the form gives it, bound by Spring: the texts as typed, {@code null} when missing (checked by
 * {@code ExchangeRates}, which says what is wrong beside the form), and the version of the rate the admin saw, whose
 * type mismatch (not a number) lands in the binding result.
 */
public class RateForm {

	private String currency;

	private String year;

	private String usdPerUnit;

	private Long version;

	static RateForm empty() {
		RateForm form = new RateForm();
		form.setCurrency("");
		form.setYear("");
		form.setUsdPerUnit("");
		return form;
	}

	/** The form as the page shows it again: a missing text is empty. */
	RateForm shown() {
		RateForm form = new RateForm();
		form.setCurrency(orEmpty(this.currency));
		form.setYear(orEmpty(this.year));
		form.setUsdPerUnit(orEmpty(this.usdPerUnit));
		form.setVersion(this.version);
		return form;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getUsdPerUnit() {
		return this.usdPerUnit;
	}

	public void setUsdPerUnit(String usdPerUnit) {
		this.usdPerUnit = usdPerUnit;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
