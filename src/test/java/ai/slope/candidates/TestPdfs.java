package ai.slope.candidates;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * PDF files for résumé tests, made in memory: small but well-formed, and of any size.
 */
public final class TestPdfs {

	private static final String BODY = """
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
			trailer << /Root 1 0 R /Size 4 >>
			startxref
			0
			%%EOF
			""";

	private TestPdfs() {
	}

	public static byte[] pdf() {
		return pdf("1.7", 0);
	}

	/**
	 * A PDF of exactly the given number of bytes (a comment in the middle fills it up).
	 */
	public static byte[] ofSize(int size) {
		int plain = pdf("1.7", 0).length;
		return pdf("1.7", size - plain);
	}

	public static byte[] pdf(String version, int padding) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("%PDF-" + version + "\n%\u00e2\u00e3\u00cf\u00d3\n").getBytes(StandardCharsets.ISO_8859_1));
		if (padding > 0) {
			// a comment line of filler, which every reader skips
			byte[] filler = new byte[padding];
			java.util.Arrays.fill(filler, (byte) 'x');
			filler[0] = '%';
			filler[padding - 1] = '\n';
			out.writeBytes(filler);
		}
		out.writeBytes(BODY.getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

}
