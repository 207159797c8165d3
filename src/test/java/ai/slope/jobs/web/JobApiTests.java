package ai.slope.jobs.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.SlopeIntegrationTest;
import ai.slope.companies.Company;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SlopeIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PostingFixture fixture;

	JobPosting onsite;

	JobPosting remote;

	@BeforeAll
	void createPostings() {
		Company company = this.fixture.company("Kestrel Silicon");
		this.onsite = this.fixture.posting(company, "hardware-engineer", "Kestrel accelerator architect")
			.seniority(Seniority.PRINCIPAL)
			.location(RemotePolicy.ONSITE, "Munich", "DE")
			.salary(130_000, 170_000, "EUR", SalaryPeriod.YEAR)
			.skills("SystemVerilog", "Kestrel")
			.description("Design **accelerators**.")
			.save();
		this.remote = this.fixture.posting(company, "hardware-engineer", "Kestrel verification contractor")
			.employmentType(EmploymentType.CONTRACT)
			.location(RemotePolicy.REMOTE, null, "US")
			.salary(90, 120, "USD", SalaryPeriod.HOUR)
			.visa()
			.save();
	}

	@Test
	void searchesWithTheSameParametersAsThePage() throws Exception {
		this.mvc.perform(get("/api/v1/jobs?q=kestrel&remote=remote&type=contract"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.totalPages").value(1))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(this.remote.getId()))
			.andExpect(jsonPath("$.items[0].title").value("Kestrel verification contractor"))
			.andExpect(jsonPath("$.items[0].url").value("/jobs/" + this.remote.getId() + "-" + this.remote.getSlug()))
			.andExpect(jsonPath("$.items[0].company.name").value("Kestrel Silicon"))
			.andExpect(jsonPath("$.items[0].roleType").value("hardware-engineer"))
			.andExpect(jsonPath("$.items[0].employmentType").value("contract"))
			.andExpect(jsonPath("$.items[0].remotePolicy").value("remote"))
			.andExpect(jsonPath("$.items[0].salary.min").value(90))
			.andExpect(jsonPath("$.items[0].salary.period").value("hour"))
			.andExpect(jsonPath("$.items[0].salary.annualUsdMax").value(249_600))
			.andExpect(jsonPath("$.items[0].visaSponsorship").value(true))
			.andExpect(jsonPath("$.facets.remote.remote").value(1))
			.andExpect(jsonPath("$.facets.role['hardware-engineer']").value(1))
			.andExpect(jsonPath("$.facets.type.contract").value(1));
	}

	@Test
	void pagesAndSizes() throws Exception {
		this.mvc.perform(get("/api/v1/jobs?q=kestrel&size=1&page=2&sort=newest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items", hasSize(1)));
	}

	@Test
	void correctsSpelling() throws Exception {
		this.mvc.perform(get("/api/v1/jobs?q=kestral"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.correctedFrom").value("kestral"))
			.andExpect(jsonPath("$.keywords").value("kestrel"))
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void badParametersGiveAProblemDocument() throws Exception {
		this.mvc.perform(get("/api/v1/jobs?seniority=wizard&salary=-5&size=1000").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Invalid parameters"))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].parameter", containsInAnyOrder("seniority", "salary", "size")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(
					"There is no seniority “wizard”: use intern, entry, mid, senior, staff, principal or director.")));
		this.mvc.perform(get("/api/v1/jobs").param("q", "y".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("q"));
		this.mvc.perform(get("/api/v1/jobs?q=kestrel&page=9"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("There is no page 9: this search has 1 page."));
		this.mvc.perform(get("/api/v1/jobs?page=abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("page"));
	}

	@Test
	void problemsSpeakChineseToo() throws Exception {
		this.mvc.perform(get("/api/v1/jobs?remote=moon&lang=zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("参数无效"))
			.andExpect(jsonPath("$.errors[0].message").value("没有“moon”这种工作方式：请使用 onsite、hybrid 或 remote。"));
	}

	@Test
	void showsOnePostingWithItsDescription() throws Exception {
		this.mvc.perform(get("/api/v1/jobs/" + this.onsite.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Kestrel accelerator architect"))
			.andExpect(jsonPath("$.description").value("Design **accelerators**."))
			.andExpect(jsonPath("$.descriptionHtml").value(containsString("<strong>accelerators</strong>")))
			.andExpect(jsonPath("$.seniority").value("principal"))
			.andExpect(jsonPath("$.city").value("Munich"))
			.andExpect(jsonPath("$.salary.currency").value("EUR"))
			.andExpect(jsonPath("$.inAppApply").value(true))
			.andExpect(jsonPath("$.publishedAt").value(this.onsite.getPublishedAt().toString()));
	}

	@Test
	void unknownPostingsAreProblemDocumentsToo() throws Exception {
		this.mvc.perform(get("/api/v1/jobs/987654321"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/v1/jobs/not-a-number"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("id"));
	}

	@Test
	void listsRoleTypesInEitherLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/role-types"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(12))))
			.andExpect(jsonPath("$[0].slug").value("research-scientist"))
			.andExpect(jsonPath("$[0].name").value("Research scientist"))
			.andExpect(jsonPath("$[0].family").value("research"));
		this.mvc.perform(get("/api/v1/role-types?lang=zh-CN"))
			.andExpect(jsonPath("$[0].name").value("研究科学家"))
			.andExpect(jsonPath("$[0].familyName").value("研究"));
	}

	@Test
	void publishesAnOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/jobs'].get.parameters[*].name", hasItem("role")))
			.andExpect(jsonPath("$.paths['/api/v1/jobs/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/role-types']").exists());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void theOpenApiDescriptionDoesNotCallAnApiWithWritesReadOnly() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/recruiter/postings/{id}/submit'].post").exists())
			.andExpect(jsonPath("$.info.description", not(containsStringIgnoringCase("read-only"))))
			.andExpect(jsonPath("$.info.description", containsString("recruiter")));
	}

}
