package ai.slope.candidates.web;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.Achievement;
import ai.slope.candidates.Achievements;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.OpenSource;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class AchievementAndOpenSourceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	Achievements achievements;

	@Autowired
	OpenSource openSource;

	@Autowired
	RecruiterFixture recruiters;

	private static MockHttpServletResponse achievement(WebSession browser, String... fields) throws Exception {
		browser.page("/profile/achievements/new");
		return browser.post("/profile/achievements", fields);
	}

	private static MockHttpServletResponse repository(WebSession browser, String url, String role, String stars)
			throws Exception {
		browser.page("/profile/repositories/new");
		return browser.post("/profile/repositories", "url", url, "role", role, "stars", stars);
	}

	@Test
	void achievementsAreDescribedByKindAndWhatDoesNotApplyIsNotKept() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		MockHttpServletResponse added = achievement(browser, "kind", "IMO", "year", "2015", "medal", "SILVER", "rating",
				"2400", "name", "ignored", "rank", "");
		assertThat(browser.follow(added).select("[role=status]").text()).isEqualTo("The achievement is added.");
		browser.follow(achievement(browser, "kind", "CODEFORCES", "year", "2020", "rating", "2,412", "medal", "GOLD"));
		browser.follow(achievement(browser, "kind", "KAGGLE", "year", "2023", "tier", "GRANDMASTER"));
		Document page = browser.follow(achievement(browser, "kind", "ICPC", "year", "2019", "rank",
				"World Finals, 12th place"));

		assertThat(page.select(".achievement .achievement-what").eachText()).containsExactly("Kaggle Grandmaster",
				"Codeforces rating 2412", "ICPC", "IMO silver medal");
		assertThat(page.select(".achievement[data-kind=ICPC] .achievement-rank").text())
			.isEqualTo("World Finals, 12th place");
		Achievement imo = this.achievements.of(seeker.getId())
			.stream()
			.filter(a -> a.getKind().name().equals("IMO"))
			.findFirst()
			.orElseThrow();
		assertThat(imo.getRating()).as("a rating is no olympiad's").isNull();
		assertThat(imo.getName()).isEmpty();

		Document zh = WebSession.loggedInAs(this.mvc, seeker).in(Locale.SIMPLIFIED_CHINESE).page("/profile");
		assertThat(zh.select(".achievement[data-kind=IMO] .achievement-what").text()).isEqualTo("国际数学奥林匹克（IMO）银牌");

		// the owner's links beside the entry, named for screen readers
		Document mine = browser.page("/profile");
		assertThat(mine.select("#achievement-" + imo.getId() + " a").eachAttr("href")).containsExactly(
				"/profile/achievements/" + imo.getId() + "/edit", "/profile/achievements/" + imo.getId() + "/remove");
		assertThat(mine.select("#achievement-" + imo.getId() + " a").eachAttr("aria-label"))
			.containsExactly("Edit the achievement of 2015", "Remove the achievement of 2015");

		Document edit = browser.page("/profile/achievements/" + imo.getId() + "/edit");
		assertThat(edit.select("#medal option[selected]").val()).isEqualTo("SILVER");
		browser.follow(browser.post("/profile/achievements/" + imo.getId(), "kind", "IMO", "year", "2016", "medal",
				"GOLD", "version", edit.select("input[name=version]").val()));
		assertThat(this.achievements.find(seeker.getId(), imo.getId()).getMedal().name()).isEqualTo("GOLD");
		assertThat(browser.page("/profile/achievements/" + imo.getId() + "/remove").select("h1").text())
			.isEqualTo("Remove IMO gold medal (2016)?");
		browser.post("/profile/achievements/" + imo.getId() + "/remove");
		assertThat(this.achievements.of(seeker.getId())).hasSize(3);
	}

	@Test
	void achievementProblemsComeBackBesideTheirFieldsInEitherLanguage() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.seeker());

		Document page = Jsoup.parse(achievement(browser, "kind", "CODEFORCES", "year", "twenty", "rating", "")
			.getContentAsString());
		assertThat(page.select("#year-error").text()).isEqualTo("Enter a whole number.");
		assertThat(page.select("input[name=year]").val()).isEqualTo("twenty");
		Document noRating = Jsoup.parse(achievement(browser, "kind", "CODEFORCES", "year", "2020").getContentAsString());
		assertThat(noRating.select("#rating-error").text()).isEqualTo("Give the rating, a whole number from 0 to 5000.");
		Document noName = Jsoup.parse(achievement(browser, "kind", "AWARD", "year", "2020").getContentAsString());
		assertThat(noName.select("#name-error").text()).isEqualTo("Give its name.");
		Document noTier = Jsoup.parse(achievement(browser, "kind", "KAGGLE", "year", "2020").getContentAsString());
		assertThat(noTier.select("#tier-error").text()).isEqualTo("Choose the Kaggle tier.");

		WebSession chinese = WebSession.loggedInAs(this.mvc, this.fixture.seeker(Locale.SIMPLIFIED_CHINESE));
		Document zh = Jsoup.parse(achievement(chinese, "kind", "AWARD", "year", "2020").getContentAsString());
		assertThat(zh.select("#name-error").text()).isEqualTo("请填写名称。");
	}

	@Test
	void repositoriesAreKeptInOneFormOnceAndAnythingButTheThreeSitesIsRefused() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		MockHttpServletResponse added = repository(browser, "github.com/pytorch/pytorch/tree/main", "MAINTAINER",
				"OVER_50K");
		Document page = browser.follow(added);
		assertThat(page.select("[role=status]").text()).isEqualTo("The repository is added.");
		assertThat(page.select(".repository a[href]").first().attr("href")).isEqualTo("https://github.com/pytorch/pytorch");
		assertThat(page.select(".repository").first().text()).contains("pytorch/pytorch", "maintainer", "50k+ stars");

		Document twice = Jsoup.parse(repository(browser, "https://github.com/pytorch/pytorch", "CONTRIBUTOR", "OVER_1K")
			.getContentAsString());
		assertThat(twice.select("#url-error").text()).isEqualTo("This repository is on your profile already.");
		Document elsewhere = Jsoup.parse(repository(browser, "bitbucket.org/a/b", "CONTRIBUTOR", "OVER_100")
			.getContentAsString());
		assertThat(elsewhere.select("#url-error").text()).startsWith("Give the address of a repository on GitHub");
		assertThat(elsewhere.select("input[name=url]").val()).isEqualTo("bitbucket.org/a/b");
		Document noRole = Jsoup.parse(repository(browser, "github.com/a/b", "", "OVER_100").getContentAsString());
		assertThat(noRole.select("#role-error").text()).isEqualTo("Choose one of the options.");
		assertThat(this.openSource.of(seeker.getId())).hasSize(1);

		long id = this.openSource.of(seeker.getId()).get(0).getId();
		WebSession other = WebSession.loggedInAs(this.mvc, this.fixture.seeker());
		assertThat(other.get("/profile/repositories/" + id + "/edit").getStatus()).isEqualTo(404);
		assertThat(browser.page("/profile/repositories/" + id + "/remove").select("h1").text())
			.isEqualTo("Remove pytorch/pytorch?");
		browser.post("/profile/repositories/" + id + "/remove");
		assertThat(this.openSource.of(seeker.getId())).isEmpty();
	}

	@Test
	void recruitersSeeAchievementsAndRepositories() throws Exception {
		String tag = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Account seeker = this.fixture.discoverable("Olympiad coder", tag).save();
		this.achievements.add(seeker.getId(),
				new Achievements.AchievementInput(ai.slope.candidates.AchievementKind.IOI, "", 2012,
						ai.slope.candidates.Medal.GOLD, null, null, ""));
		this.openSource.add(seeker.getId(), new OpenSource.RepositoryInput("huggingface.co/ada/tiny-model",
				ai.slope.candidates.RepositoryRole.CONTRIBUTOR, ai.slope.candidates.StarsBand.OVER_100));
		WebSession recruiter = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());

		Document page = recruiter.page("/recruiter/candidates/" + seeker.getId());

		assertThat(page.select(".achievement-what").text()).isEqualTo("IOI gold medal");
		assertThat(page.select(".repository").text()).contains("Hugging Face repository", "ada/tiny-model",
				"contributor", "100+ stars");
		assertThat(page.select(".repository a[href*=/edit]")).isEmpty();
	}

}
