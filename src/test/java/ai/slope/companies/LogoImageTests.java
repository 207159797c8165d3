package ai.slope.companies;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoImageTests {

	@Test
	void pngAndJpegAreRecognisedByTheirBytesWithTheirSize() {
		assertThat(LogoImage.read(TestImages.png(120, 80))).contains(new LogoImage(LogoImage.Format.PNG, 120, 80));
		assertThat(LogoImage.read(TestImages.jpeg(64, 48))).contains(new LogoImage(LogoImage.Format.JPEG, 64, 48));
	}

	@Test
	void webpIsRecognisedByItsHeader() {
		assertThat(LogoImage.read(TestImages.webp(300, 200))).contains(new LogoImage(LogoImage.Format.WEBP, 300, 200));
	}

	@Test
	void textIsNoImage() {
		assertThat(LogoImage.format(TestImages.text())).isEmpty();
		assertThatThrownBy(() -> CompanyLogos.check(TestImages.text())).isInstanceOfSatisfying(
				InvalidCompanyInputException.class,
				ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.type"));
	}

	@Test
	void aFileThatOnlyStartsLikeAPngIsRefused() {
		byte[] png = TestImages.png(64, 64);
		byte[] broken = Arrays.copyOf(png, 12);

		assertThat(LogoImage.format(broken)).contains(LogoImage.Format.PNG);
		assertThatThrownBy(() -> CompanyLogos.check(broken)).isInstanceOfSatisfying(InvalidCompanyInputException.class,
				ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.unreadable"));
	}

	@Test
	void tooSmallAndTooLargeImagesAreRefusedBySize() {
		assertThatThrownBy(() -> CompanyLogos.check(TestImages.png(8, 8))).isInstanceOfSatisfying(
				InvalidCompanyInputException.class,
				ex -> assertThat(ex.getProblems().get(0).arguments()).containsExactly(8, 8, 16, 4096));
		assertThatThrownBy(() -> CompanyLogos.check(TestImages.webp(5000, 100)))
			.isInstanceOf(InvalidCompanyInputException.class);
	}

	@Test
	void moreThanOneMegabyteIsRefusedAndOneMegabyteIsNot() {
		byte[] png = TestImages.png(64, 64);
		byte[] exactly = Arrays.copyOf(png, 1024 * 1024);
		byte[] over = Arrays.copyOf(png, 1024 * 1024 + 1);

		assertThat(CompanyLogos.check(exactly).format()).isEqualTo(LogoImage.Format.PNG);
		assertThatThrownBy(() -> CompanyLogos.check(over)).isInstanceOfSatisfying(InvalidCompanyInputException.class,
				ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.too-big"));
	}

	@Test
	void slugsAreLowerCaseAsciiWords() {
		assertThat(CompanySlugs.of("  Zürich Neural Labs, Inc. ")).isEqualTo("zurich-neural-labs-inc");
		assertThat(CompanySlugs.of("深度求索")).isEmpty();
	}

}
