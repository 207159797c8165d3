package ai.slope.salaries;

/**
 * Thrown when pay is quoted in a currency Slope has no exchange rate for.
 */
public class UnknownCurrencyException extends IllegalArgumentException {

	private final String currency;

	public UnknownCurrencyException(String currency) {
		super("No exchange rate for currency " + currency);
		this.currency = currency;
	}

	public String getCurrency() {
		return this.currency;
	}

}
