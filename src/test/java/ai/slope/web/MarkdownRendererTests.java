package ai.slope.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersTheMarkdownRecruitersWrite() {
		String html = this.renderer.toSafeHtml("## About\n\n*Great* team.\n\n- one\n- two\n\n[site](https://example.com)");

		assertThat(html).contains("<h2>About</h2>", "<em>Great</em>", "<li>one</li>")
			.contains("<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">site</a>");
	}

	@Test
	void neutralisesEveryKindOfInjectedScript() {
		String html = this.renderer.toSafeHtml("""
				<script>alert(1)</script>
				<img src=x onerror="alert(2)">
				<a href="javascript:alert(3)">a</a> [b](javascript:alert(4)) [c](JaVaScRiPt:alert(5))
				<iframe src="https://evil.example"></iframe><style>body{display:none}</style>
				</script><svg onload=alert(6)>
				""");

		assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<iframe", "<style", "<svg", "onerror=",
				"onload=", "href=\"javascript");
	}

	@Test
	void makesPlainTextForSummaries() {
		assertThat(this.renderer.toPlainText("## Title\n\nSome **bold** <b>text</b>", 100))
			.isEqualTo("Title Some bold <b>text</b>");
		assertThat(this.renderer.toPlainText("word ".repeat(50), 20)).hasSize(20).endsWith("…");
	}

	@Test
	void keepsWhatItRenderedUnderTheMarkdownItself() {
		String description = "## Team\n\nWe train *models*.";

		String first = this.renderer.toSafeHtml(description);

		assertThat(this.renderer.toSafeHtml(new String(description))).isSameAs(first);
		assertThat(this.renderer.toSafeHtml(description + " Edited.")).contains("Edited.").isNotSameAs(first);
		assertThat(this.renderer.toPlainText(description, 100)).isEqualTo("Team We train models.");
		assertThat(this.renderer.toPlainText(description, 8)).isEqualTo("Team We…");
	}

}
