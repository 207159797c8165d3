package ai.slope.candidates;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.slope.companies.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

class PdfCheckTests {

	@ParameterizedTest
	@ValueSource(strings = { "1.0", "1.3", "1.4", "1.7", "2.0" })
	void aPdfOfAnyVersionThatExistsIsAccepted(String version) {
		assertThat(PdfCheck.problemWith(TestPdfs.pdf(version, 0))).isEmpty();
	}

	@Test
	void aPdfOfExactlyFiveMegabytesIsAcceptedAndOneByteMoreIsNot() {
		assertThat(PdfCheck.problemWith(TestPdfs.ofSize(5 * 1024 * 1024))).isEmpty();
		assertThat(PdfCheck.problemWith(TestPdfs.ofSize(5 * 1024 * 1024 + 1))).contains(PdfCheck.Problem.TOO_BIG);
	}

	@Test
	void imagesTextAndNothingAreNotPdfs() {
		assertThat(PdfCheck.problemWith(TestImages.png(32, 32))).contains(PdfCheck.Problem.NOT_PDF);
		assertThat(PdfCheck.problemWith(TestImages.jpeg(32, 32))).contains(PdfCheck.Problem.NOT_PDF);
		assertThat(PdfCheck.problemWith(TestImages.text())).contains(PdfCheck.Problem.NOT_PDF);
		assertThat(PdfCheck.problemWith("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.contains(PdfCheck.Problem.NOT_PDF);
		assertThat(PdfCheck.problemWith(new byte[0])).contains(PdfCheck.Problem.EMPTY);
		assertThat(PdfCheck.problemWith(null)).contains(PdfCheck.Problem.EMPTY);
	}

	@Test
	void theMagicMustBeAtTheVeryStart() {
		byte[] pdf = TestPdfs.pdf();
		byte[] shifted = new byte[pdf.length + 1];
		shifted[0] = ' ';
		System.arraycopy(pdf, 0, shifted, 1, pdf.length);

		assertThat(PdfCheck.problemWith(shifted)).contains(PdfCheck.Problem.NOT_PDF);
		assertThat(PdfCheck.problemWith("%pdf-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
			.contains(PdfCheck.Problem.NOT_PDF);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%PDF-", "%PDF-\n%%EOF", "%PDF-1.9\n%%EOF", "%PDF-3.0\n%%EOF", "%PDF-1.\n%%EOF",
			"%PDF-1.71\n%%EOF", "%PDF-abc\n%%EOF", "%PDF-1.7<script>\n%%EOF" })
	void aHeaderWithoutAVersionThatExistsIsRefused(String text) {
		assertThat(PdfCheck.problemWith(text.getBytes(StandardCharsets.US_ASCII)))
			.contains(PdfCheck.Problem.BAD_VERSION);
	}

	@Test
	void aPdfCutOffBeforeItsEndIsRefused() {
		byte[] pdf = TestPdfs.ofSize(200_000);

		assertThat(PdfCheck.problemWith(Arrays.copyOf(pdf, pdf.length - 20))).contains(PdfCheck.Problem.TRUNCATED);
		assertThat(PdfCheck.problemWith(Arrays.copyOf(pdf, 100_000))).contains(PdfCheck.Problem.TRUNCATED);
	}

	@Test
	void paddingAfterTheEndMarkerIsAllowed() {
		byte[] pdf = TestPdfs.pdf();
		byte[] padded = Arrays.copyOf(pdf, pdf.length + 200);

		assertThat(PdfCheck.problemWith(padded)).isEmpty();
	}

	@Test
	void problemsHaveMessages() {
		assertThat(Arrays.stream(PdfCheck.Problem.values()).map(PdfCheck.Problem::messageKey))
			.containsExactly("candidates.error.resume.empty", "candidates.error.resume.too-big",
					"candidates.error.resume.not-pdf", "candidates.error.resume.bad-version",
					"candidates.error.resume.truncated");
	}

}
