package ai.slope.applications.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantCsvTests {

	@Test
	void cellsThatSpreadsheetsWouldRunAsFormulasAreShownAsText() {
		assertThat(ApplicantCsv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(ApplicantCsv.cell("+49 30 1234")).isEqualTo("'+49 30 1234");
		assertThat(ApplicantCsv.cell("-2")).isEqualTo("'-2");
		assertThat(ApplicantCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ApplicantCsv.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(ApplicantCsv.cell("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void otherCellsAreLeftAsTheyAre() {
		assertThat(ApplicantCsv.cell("Ada = Lovelace")).isEqualTo("Ada = Lovelace");
		assertThat(ApplicantCsv.cell("李雷")).isEqualTo("李雷");
		assertThat(ApplicantCsv.cell("")).isEmpty();
		assertThat(ApplicantCsv.cell(null)).isEmpty();
		assertThat(ApplicantCsv.cell("12")).isEqualTo("12");
	}

}
