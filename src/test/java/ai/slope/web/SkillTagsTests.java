package ai.slope.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SkillTagsTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			PyTorch              | pytorch
			pytorch              | pytorch
			Py-Torch             | pytorch
			py torch             | pytorch
			"  PY_TORCH  "       | pytorch
			ＰｙＴｏｒｃｈ         | pytorch
			"#PyTorch"           | pytorch
			C++                  | c++
			c ++                 | c++
			C#                   | c#
			F#                   | f#
			C                    | c
			Notepad++            | notepad++
			.NET                 | .net
			.net                 | .net
			NET                  | net
			ASP.NET              | aspnet
			Node.js              | nodejs
			NodeJS               | nodejs
			node-js              | nodejs
			scikit-learn         | scikitlearn
			Scikit Learn         | scikitlearn
			Python 3.11          | python3.11
			Python 311           | python311
			Python 3             | python3
			CI/CD                | cicd
			"R"                  | r
			k8s                  | k8s
			机器学习               | 机器学习
			Reinforcement Learning | reinforcementlearning
			LLM.                 | llm
			""")
	void oneSkillIsOneTagHoweverItIsSpelled(String typed, String tag) {
		assertThat(SkillTags.tag(typed)).isEqualTo(tag);
	}

	@ParameterizedTest(name = "\"{0}\" is no tag")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"---"
			"+"
			"#"
			"..."
			"   "
			"()"
			""")
	void somethingWithoutLettersOrDigitsIsNoTag(String typed) {
		assertThat(SkillTags.tag(typed)).isEmpty();
	}

	@Test
	void nothingIsNoTag() {
		assertThat(SkillTags.tag(null)).isEmpty();
		assertThat(SkillTags.tag("")).isEmpty();
	}

	@Test
	void languagesThatDifferOnlyInSymbolsStayApart() {
		assertThat(java.util.stream.Stream.of("C", "C++", "C#", ".NET", "NET", "F", "F#").map(SkillTags::tag).distinct())
			.hasSize(7);
	}

	@Test
	void theDisplayFormIsWhatWasTypedWithTidySpaces() {
		assertThat(SkillTags.display("  Reinforcement \t  Learning ")).isEqualTo("Reinforcement Learning");
		assertThat(SkillTags.display("Py-Torch")).isEqualTo("Py-Torch");
	}

	@Test
	void aListIsSplitAtCommasSemicolonsAndNewLinesInEitherLanguage() {
		assertThat(SkillTags.split("PyTorch, JAX;CUDA\nC++ ，机器学习、强化学习；Rust,, ,"))
			.containsExactly("PyTorch", "JAX", "CUDA", "C++", "机器学习", "强化学习", "Rust");
		assertThat(SkillTags.split(null)).isEmpty();
		assertThat(SkillTags.split(" , ")).isEmpty();
	}

}
