package ai.slope.salaries.web.admin;

import java.math.BigDecimal;

/**
 * An exchange rate as the form gives it: the currency code, the year and the US dollars per unit as numbers (a value
 * that is not one lands in the binding result beside its field, shown as typed), and the version of the rate the
 * admin saw ({@code ExchangeRates} checks the rest and refuses a rate someone changed meanwhile).
 */
public class RateForm {

	private String currency = "";

	private Integer year;

	private BigDecimal usdPerUnit;

	private Long version;

	/** The year as the salaries module reads it, empty when none. */
	String yearText() {
		return (this.year != null) ? this.year.toString() : "";
	}

	/** The rate as the salaries module reads it, empty when none. */
	String rateText() {
		return (this.usdPerUnit != null) ? this.usdPerUnit.toPlainString() : "";
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getUsdPerUnit() {
		return this.usdPerUnit;
	}

	public void setUsdPerUnit(BigDecimal usdPerUnit) {
		this.usdPerUnit = usdPerUnit;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
