package ai.slope.accounts;

import com.ibm.icu.text.Normalizer2;

/**
 * The one form of an email by which an account is found, kept unique and throttled: Unicode NFKC with full
 * case folding (ICU's NFKC_Casefold), stripped of surrounding spaces. Java's {@code toLowerCase} and
 * PostgreSQL's {@code lower()} disagree on letters like "İ", so neither is used for emails; sign-up, login,
 * password reset, the admin's user search and the first admin all go through here, and the database keeps
 * the result in {@code account.email_key} under a unique index. The email as typed is kept for display
 * and mail.
 */
final class EmailKey {

	private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

	private EmailKey() {
	}

	static String of(String email) {
		return (email == null) ? "" : NFKC_CASEFOLD.normalize(email.strip()).strip();
	}

}
