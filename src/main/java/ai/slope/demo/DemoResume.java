package ai.slope.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page résumé as a real, minimal PDF 1.4 (Helvetica, a few lines of text, a correct cross-reference table),
 * so that the demo recruiter downloads something a PDF reader opens.
 */
final class DemoResume {

	private DemoResume() {
	}

	/**
	 * @param lines the text, top to bottom; characters outside printable ASCII are left out
	 */
	static byte[] pdf(List<String> lines) {
		StringBuilder text = new StringBuilder("BT /F1 18 Tf 72 740 Td");
		boolean first = true;
		for (String line : lines) {
			text.append(first ? "" : " /F1 11 Tf 0 -22 Td").append(" (").append(escape(line)).append(") Tj");
			first = false;
		}
		text.append(" ET");
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
				+ "\n%%EOF\n");
		return out.toByteArray();
	}

	private static String escape(String line) {
		StringBuilder escaped = new StringBuilder();
		for (char c : line.toCharArray()) {
			if (c == '(' || c == ')' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c >= 0x20 && c < 0x7F) {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

}
