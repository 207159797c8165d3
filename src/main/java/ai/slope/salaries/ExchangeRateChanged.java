package ai.slope.salaries;

/**
 * An admin changed or added a currency’s exchange rate for a year; published inside the change’s transaction. Pay
 * converted with the currency’s latest rate (postings) may need converting again.
 */
public record ExchangeRateChanged(String currency, int year) {
}
