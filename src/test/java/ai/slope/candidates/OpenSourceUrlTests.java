package ai.slope.candidates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OpenSourceUrlTests {

	@ParameterizedTest
	@CsvSource({ "github.com/pytorch/pytorch, https://github.com/pytorch/pytorch",
			"https://www.github.com/pytorch/pytorch/tree/main/torch?tab=readme, https://github.com/pytorch/pytorch",
			"http://github.com/huggingface/transformers.git, https://github.com/huggingface/transformers",
			"gitlab.com/group/sub/project/-/issues, https://gitlab.com/group/sub/project",
			"huggingface.co/meta-llama/Llama-3.1-8B, https://huggingface.co/meta-llama/Llama-3.1-8B",
			"hf.co/datasets/squad/squad, https://huggingface.co/datasets/squad/squad",
			"https://huggingface.co/spaces/ada/demo/blob/main/app.py, https://huggingface.co/spaces/ada/demo" })
	void repositoriesOnTheThreeSitesAreKeptInOneForm(String typed, String stored) {
		assertThat(OpenSource.canonical(typed)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "github.com/ada", "github.com/orgs/pytorch", "https://bitbucket.org/a/b",
			"javascript:alert(1)", "https://user@github.com/a/b", "https://github.com:8443/a/b", "gitlab.com/alone",
			"huggingface.co/datasets/squad", "huggingface.co/models/x", "huggingface.co/docs/transformers",
			"ftp://github.com/a/b", "github.com/a/b%0Ac" })
	void anythingElseIsRefused(String typed) {
		assertThat(OpenSource.canonical(typed)).as(typed).isEmpty();
	}

}
