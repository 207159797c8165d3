package ai.slope.candidates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeFileNameTests {

	@Test
	void theFileNameLosesItsFoldersAndOddCharactersAndAlwaysEndsInPdf() {
		assertThat(Resumes.pdfFileName("C:\\cv\\Ada CV.txt")).isEqualTo("Ada CV.pdf");
		assertThat(Resumes.pdfFileName("/home/ada/cv.PDF")).isEqualTo("cv.pdf");
		assertThat(Resumes.pdfFileName("\"quoted\"\r\n.pdf")).isEqualTo("quoted.pdf");
		assertThat(Resumes.pdfFileName("no extension")).isEqualTo("no extension.pdf");
		assertThat(Resumes.pdfFileName(null)).isEqualTo("resume.pdf");
		assertThat(Resumes.pdfFileName("")).isEqualTo("resume.pdf");
		assertThat(Resumes.pdfFileName(".pdf")).isEqualTo("resume.pdf");
		assertThat(Resumes.pdfFileName("简历.pdf")).isEqualTo("简历.pdf");
		assertThat(Resumes.pdfFileName("a".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
	}

}
