package ai.slope.companies;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ai.slope.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoImageTests {

	@Test
	void pngAndJpegAreRecognisedByTheirBytesWithTheirSize() {
		assertThat(LogoImage.read(TestImages.png(120, 80))).contains(new LogoImage(LogoImage.Format.PNG, 120, 80));
		assertThat(LogoImage.read(TestImages.jpeg(64, 48))).contains(new LogoImage(LogoImage.Format.JPEG, 64, 48));
	}

	@Test
	void webpIsReadWithItsSizeAndStoredAsPngWithTheSamePixels() {
		byte[] webp = TestImages.webp(300, 200);

		assertThat(LogoImage.read(webp)).contains(new LogoImage(LogoImage.Format.WEBP, 300, 200));
		LogoImage.Encoded stored = CompanyLogos.check(webp);
		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(stored.width()).isEqualTo(300);
		assertThat(TestImages.samePixels(stored.bytes(), webp)).isTrue();
	}

	@Test
	void aWebpHeaderFollowedByHtmlIsRefusedAsUnreadable() {
		for (byte[] start : new byte[][] { TestImages.webpHeader(64, 64), TestImages.webp(64, 64) }) {
			byte[] forged = TestImages.followedBy(start, "<html><script>alert(1)</script></html>");

			assertThat(LogoImage.read(forged)).contains(new LogoImage(LogoImage.Format.WEBP, 64, 64));
			assertThatThrownBy(() -> CompanyLogos.check(forged)).isInstanceOfSatisfying(
					InvalidInputException.class,
					ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.unreadable"));
		}
	}

	@Test
	void aTruncatedWebpIsRefusedAsUnreadable() {
		byte[] webp = TestImages.webp(64, 64);

		assertThatThrownBy(() -> CompanyLogos.check(Arrays.copyOf(webp, webp.length - 10)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void whatFollowsAValidPngOrJpegIsNotStored() {
		for (byte[] image : new byte[][] { TestImages.png(40, 40), TestImages.jpeg(40, 40) }) {
			byte[] withPage = TestImages.followedBy(image, "<html><script>alert(1)</script></html>");

			LogoImage.Encoded stored = CompanyLogos.check(withPage);

			assertThat(new String(stored.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<html");
			assertThat(TestImages.read(stored.bytes()).getWidth()).isEqualTo(40);
		}
	}

	@Test
	void aPngAndAJpegAreStoredInTheirOwnFormat() {
		assertThat(CompanyLogos.check(TestImages.png(64, 32)).contentType()).isEqualTo("image/png");
		assertThat(TestImages.samePixels(CompanyLogos.check(TestImages.png(64, 32)).bytes(), TestImages.png(64, 32)))
			.isTrue();
		LogoImage.Encoded jpeg = CompanyLogos.check(TestImages.jpeg(64, 32));
		assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
		assertThat(TestImages.read(jpeg.bytes()).getHeight()).isEqualTo(32);
	}

	@Test
	void aLargeLogoIsStoredScaledDownTo512PixelsOnItsLongerSide() {
		LogoImage.Encoded stored = CompanyLogos.check(TestImages.png(2000, 1000));

		assertThat(stored.width()).isEqualTo(512);
		assertThat(stored.height()).isEqualTo(256);
		assertThat(TestImages.read(stored.bytes()).getWidth()).isEqualTo(512);
	}

	@Test
	void aSmallFileThatClaimsAHugeImageIsRefusedByItsHeaderWithoutDecoding() {
		byte[] bomb = TestImages.pngHeader(20_000, 20_000);

		assertThat(LogoImage.read(bomb)).contains(new LogoImage(LogoImage.Format.PNG, 20_000, 20_000));
		assertThatThrownBy(() -> CompanyLogos.check(bomb)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.dimensions"));
	}

	@Test
	void textIsNoImage() {
		assertThat(LogoImage.format(TestImages.text())).isEmpty();
		assertThatThrownBy(() -> CompanyLogos.check(TestImages.text())).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.type"));
	}

	@Test
	void aFileThatOnlyStartsLikeAPngIsRefused() {
		byte[] png = TestImages.png(64, 64);
		byte[] broken = Arrays.copyOf(png, 12);

		assertThat(LogoImage.format(broken)).contains(LogoImage.Format.PNG);
		assertThatThrownBy(() -> CompanyLogos.check(broken)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.unreadable"));
	}

	@Test
	void tooSmallAndTooLargeImagesAreRefusedBySize() {
		assertThatThrownBy(() -> CompanyLogos.check(TestImages.png(8, 8))).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.getProblems().get(0).arguments()).containsExactly(8, 8, 16, 4096));
		assertThatThrownBy(() -> CompanyLogos.check(TestImages.webp(5000, 100)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void moreThanOneMegabyteIsRefusedAndOneMegabyteIsNot() {
		byte[] png = TestImages.png(64, 64);
		byte[] exactly = Arrays.copyOf(png, 1024 * 1024);
		byte[] over = Arrays.copyOf(png, 1024 * 1024 + 1);

		assertThat(CompanyLogos.check(exactly).format()).isEqualTo(LogoImage.Format.PNG);
		assertThatThrownBy(() -> CompanyLogos.check(over)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.getProblems().get(0).code()).isEqualTo("companies.error.logo.too-big"));
	}

	@Test
	void slugsAreLowerCaseAsciiWords() {
		assertThat(CompanySlugs.of("  Zürich Neural Labs, Inc. ")).isEqualTo("zurich-neural-labs-inc");
		assertThat(CompanySlugs.of("深度求索")).isEmpty();
	}

}
