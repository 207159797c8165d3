package ai.slope.candidates;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether uploaded bytes are a PDF, judged by their content alone: the file's name and the type the browser
 * declared are whatever the sender says, so a PDF called {@code cv.txt} is a PDF and a PNG called
 * {@code cv.pdf} is not. A PDF here:
 * <ul>
 * <li>starts with {@code %PDF-} (the magic of ISO 32000), at the very first byte;</li>
 * <li>follows it with a version that exists, 1.0 to 1.7 or 2.0, and then the end of that line;</li>
 * <li>has the {@code %%EOF} end marker within its last kilobyte (some tools pad after it), so a file cut off
 * in transfer is refused too;</li>
 * <li>has at most {@value #MAX_BYTES} bytes (5 MB).</li>
 * </ul>
 * It does not render the file; recruiters get it as a download, never shown inline by Slope.
 */
public final class PdfCheck {

	/** The largest résumé accepted, in bytes (5 MB). */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final String CONTENT_TYPE = "application/pdf";

	private static final Pattern HEADER = Pattern.compile("^%PDF-(1\\.[0-7]|2\\.0)[\\r\\n \\t%]");

	private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final int TRAILER_WINDOW = 1024;

	/**
	 * What is wrong with a file, as the message code of the {@code resume} field.
	 */
	public enum Problem {

		EMPTY, TOO_BIG, NOT_PDF, BAD_VERSION, TRUNCATED;

		public String messageKey() {
			return "candidates.error.resume." + name().toLowerCase().replace('_', '-');
		}

	}

	private PdfCheck() {
	}

	/**
	 * The first problem the bytes have, or empty for a PDF that may be stored.
	 */
	public static Optional<Problem> problemWith(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return Optional.of(Problem.EMPTY);
		}
		if (bytes.length > MAX_BYTES) {
			return Optional.of(Problem.TOO_BIG);
		}
		String start = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1);
		if (!start.startsWith("%PDF-")) {
			return Optional.of(Problem.NOT_PDF);
		}
		Matcher header = HEADER.matcher(start);
		if (!header.find()) {
			return Optional.of(Problem.BAD_VERSION);
		}
		if (!endsWithEofMarker(bytes)) {
			return Optional.of(Problem.TRUNCATED);
		}
		return Optional.empty();
	}

	/**
	 * The PDF version in the header (“1.7”), for the log; call after {@link #problemWith} found nothing.
	 */
	static String version(byte[] bytes) {
		return new String(bytes, 5, 3, StandardCharsets.ISO_8859_1);
	}

	private static boolean endsWithEofMarker(byte[] bytes) {
		int from = Math.max(0, bytes.length - TRAILER_WINDOW);
		for (int at = bytes.length - EOF_MARKER.length; at >= from; at--) {
			if (matches(bytes, at, EOF_MARKER)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(byte[] bytes, int at, byte[] marker) {
		for (int i = 0; i < marker.length; i++) {
			if (bytes[at + i] != marker[i]) {
				return false;
			}
		}
		return true;
	}

}
