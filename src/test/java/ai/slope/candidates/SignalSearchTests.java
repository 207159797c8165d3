package ai.slope.candidates;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.roles.Seniority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruiter search's filters on issue 18's signals: an achievement of a kind, open-source maintainers, a least
 * growth rate; on the service, the page and the API.
 */
@WebIntegrationTest
class SignalSearchTests {

	@Autowired
	CandidateSearch search;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	CareerPositions positions;

	@Autowired
	Achievements achievements;

	@Autowired
	OpenSource openSource;

	@Autowired
	MockMvc mvc;

	private final String tag = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private List<Long> found(Set<AchievementKind> kinds, boolean maintainer, Double minGrowth) {
		CandidateQuery query = new CandidateQuery(null, List.of(this.tag), List.of(), Set.of(), Set.of(), null, null,
				Set.of(), false, false, null, null, null, Set.of(), null, 1, 20, kinds, maintainer, minGrowth);
		return this.search.search(this.recruiters.recruiter(true).account().getId(), query)
			.hits()
			.stream()
			.map(CandidateHit::accountId)
			.toList();
	}

	@Test
	void achievementsMaintainersAndGrowthFilterTheSearch() throws Exception {
		long olympian = this.candidates.discoverable("Researcher", this.tag).save().getId();
		this.achievements.add(olympian, new Achievements.AchievementInput(AchievementKind.IMO, "", 2014, Medal.SILVER,
				null, null, ""));
		this.openSource.add(olympian, new OpenSource.RepositoryInput("github.com/acme/contrib", RepositoryRole.CONTRIBUTOR,
				StarsBand.OVER_10K));
		long maintainer = this.candidates.discoverable("Researcher", this.tag).save().getId();
		this.openSource.add(maintainer, new OpenSource.RepositoryInput("github.com/acme/kept", RepositoryRole.MAINTAINER,
				StarsBand.OVER_10K));
		this.achievements.add(maintainer, new Achievements.AchievementInput(AchievementKind.KAGGLE, "", 2022, null, null,
				KaggleTier.MASTER, ""));
		// Entry 2018-01, Senior 2020-01: 2 levels in 24 months, a level a year
		long fast = this.candidates.discoverable("Researcher", this.tag).save().getId();
		this.positions.add(fast, new CareerPositions.PositionInput("Engineer", "Acme", Seniority.ENTRY,
				YearMonth.of(2018, 1), YearMonth.of(2019, 12)));
		this.positions.add(fast, new CareerPositions.PositionInput("Senior engineer", "Acme", Seniority.SENIOR,
				YearMonth.of(2020, 1), null));
		// Mid 2010-01, Senior 2020-01: 0.1 a year
		long slow = this.candidates.discoverable("Researcher", this.tag).save().getId();
		this.positions.add(slow, new CareerPositions.PositionInput("Engineer", "Beta", Seniority.MID,
				YearMonth.of(2010, 1), YearMonth.of(2019, 12)));
		this.positions.add(slow, new CareerPositions.PositionInput("Senior engineer", "Beta", Seniority.SENIOR,
				YearMonth.of(2020, 1), null));

		assertThat(found(Set.of(), false, null)).containsExactlyInAnyOrder(olympian, maintainer, fast, slow);
		assertThat(found(Set.of(AchievementKind.IMO), false, null)).containsExactly(olympian);
		assertThat(found(Set.of(AchievementKind.IMO, AchievementKind.KAGGLE), false, null)).isEmpty();
		assertThat(found(Set.of(), true, null)).containsExactly(maintainer);
		assertThat(found(Set.of(), false, 0.5)).containsExactly(fast);
		assertThat(found(Set.of(), false, 0.1)).containsExactlyInAnyOrder(fast, slow);
		// a level a year raises the rank and says how
		assertThat(found(Set.of(), false, 0.1)).first().isEqualTo(fast);

		// a removed repository takes its maintainer out at once
		long repository = this.openSource.of(maintainer).get(0).getId();
		this.openSource.remove(maintainer, repository);
		assertThat(found(Set.of(), true, null)).isEmpty();

		WebSession browser = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		Document page = browser.page("/recruiter/candidates?must=" + this.tag + "&achievement=imo&minGrowth=abc");
		assertThat(page.select("#achievement-IMO").hasAttr("checked")).isTrue();
		assertThat(page.text()).contains("\"abc\" is not a number of levels a year from 0.1 to 10");
		Document growth = browser.page("/recruiter/candidates?must=" + this.tag + "&minGrowth=0.5");
		assertThat(growth.select(".why-signal").eachText()).contains("Entry level → Senior in 2 years");
		MockHttpServletResponse api = browser.postJson("/api/v1/candidates/search",
				"{\"must\": \"" + this.tag + "\", \"minGrowth\": \"0,5\"}");
		assertThat(api.getContentAsString()).contains("\"id\":" + fast).doesNotContain("\"id\":" + slow);
		assertThat(browser.postJson("/api/v1/candidates/search", "{\"achievement\": [\"chess\"]}").getStatus())
			.isEqualTo(400);
	}

	@Test
	void medalsAndMaintainedRepositoriesRaiseTheRankAndSaySo() throws Exception {
		long plain = this.candidates.discoverable("Systems researcher", this.tag).save().getId();
		long olympian = this.candidates.discoverable("Systems researcher", this.tag).save().getId();
		this.achievements.add(olympian, new Achievements.AchievementInput(AchievementKind.IMO, "", 2014, Medal.SILVER,
				null, null, ""));
		this.openSource.add(olympian, new OpenSource.RepositoryInput("github.com/acme/fast", RepositoryRole.MAINTAINER,
				StarsBand.OVER_10K));
		this.achievements.add(olympian, new Achievements.AchievementInput(AchievementKind.CODEFORCES, "", 2016, null,
				2450, null, ""));

		assertThat(found(Set.of(), false, null)).containsExactly(olympian, plain);

		WebSession browser = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		Document page = browser.page("/recruiter/candidates?q=systems&must=" + this.tag);
		assertThat(page.select(".why-signal").eachText()).contains("IMO silver medal", "Codeforces rating 2450",
				"maintainer of a repository with 10k+ stars");
		// the best medal is named, the others counted
		this.achievements.add(olympian, new Achievements.AchievementInput(AchievementKind.IOI, "", 2013, Medal.GOLD,
				null, null, ""));
		this.achievements.add(olympian, new Achievements.AchievementInput(AchievementKind.IPHO, "", 2015, Medal.BRONZE,
				null, null, ""));
		assertThat(browser.page("/recruiter/candidates?q=systems&must=" + this.tag).select(".why-signal").eachText())
			.contains("IOI gold medal and 2 more international olympiad medals");
		assertThat(browser.in(java.util.Locale.SIMPLIFIED_CHINESE)
			.page("/recruiter/candidates?q=systems&must=" + this.tag)
			.select(".why-signal")
			.eachText()).contains("国际信息学奥林匹克（IOI）金牌，另有 2 枚国际奥赛奖牌");
		String json = browser.postJson("/api/v1/candidates/search", "{\"must\": \"" + this.tag + "\"}")
			.getContentAsString();
		assertThat(json).contains("\"signal\":\"MAINTAINED_STARS\"", "\"signal\":\"OLYMPIAD_MEDALS\"");
	}

}
