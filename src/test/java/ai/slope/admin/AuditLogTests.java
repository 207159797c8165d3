package ai.slope.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditDetail;
import ai.slope.audit.AuditedAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebIntegrationTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	AdminSessions sessions;

	WebSession admin;

	@BeforeEach
	void logInAsAdmin() throws Exception {
		this.sessions = new AdminSessions(this.mvc, this.accounts);
		this.admin = WebSession.loggedInAsAdmin(this.mvc);
	}

	/** An entry as stored at a given time, whatever its action and target type. */
	private void record(long actorId, String action, String targetType, String targetId, String detail, Instant at) {
		this.jdbc.update("insert into audit_log (at, actor_id, action, target_type, target_id, detail) "
				+ "values (?, ?, ?, ?, ?, ?)", java.sql.Timestamp.from(at), actorId, action, targetType, targetId, detail);
	}

	private long entries(String targetId) {
		return this.jdbc.queryForObject("select count(*) from audit_log where target_id = ?", Long.class, targetId);
	}

	@Test
	void recordingNeedsTheTransactionOfTheAction() {
		assertThatThrownBy(() -> this.auditLog.record(AuditedAction.of(1L, AuditAction.POSTING_APPROVE, 1, "")))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
		assertThatThrownBy(() -> this.events.publishEvent(AuditedAction.of(1L, AuditAction.POSTING_APPROVE, 1, "")))
			.as("an action published outside a transaction")
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	@Test
	void anActionThatFailsAfterPublishingLeavesNoEntry() {
		String target = "r-" + UUID.randomUUID();
		long adminId = this.sessions.admin().getId();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(AuditedAction.of(adminId, AuditAction.POSTING_APPROVE, target, ""));
			throw new IllegalStateException("the action fails after its entry");
		})).hasMessage("the action fails after its entry");

		assertThat(entries(target)).isZero();
	}

	@Test
	void anEntryThatCannotBeStoredUndoesTheAction(@Autowired UserAdministration users) {
		Account seeker = this.sessions.account("unaudited", "Una Audited", Role.SEEKER);
		long noSuchAdmin = -1;

		assertThatThrownBy(() -> users.suspend(noSuchAdmin, seeker.getId(), "no entry can name this admin"))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

		assertThat(this.accounts.findById(seeker.getId()).orElseThrow().isSuspended()).isFalse();
		assertThat(entries(String.valueOf(seeker.getId()))).isZero();
	}

	@Test
	void anAuditedActionAndItsEntryAreStoredTogether(@Autowired UserAdministration users) {
		Account seeker = this.sessions.account("audited", "Aud Ited", Role.SEEKER);

		users.suspend(this.sessions.admin().getId(), seeker.getId(), "spam");

		assertThat(this.accounts.findById(seeker.getId()).orElseThrow().isSuspended()).isTrue();
		assertThat(this.jdbc.queryForMap("select action, target_type, detail from audit_log where target_id = ?",
				String.valueOf(seeker.getId())))
			.containsEntry("action", "account.suspend")
			.containsEntry("target_type", "account")
			.containsEntry("detail", "spam");
	}

	@Test
	void entriesShowNewestFirstWithTheAdminTheActionsLabelTheTargetAndTheDetail() throws Exception {
		String target = "t-" + UUID.randomUUID();
		long adminId = this.sessions.admin().getId();
		Instant now = Instant.now();
		record(adminId, "posting.reject", "posting", target, "Salary range is not plausible", now.minusSeconds(60));
		record(adminId, "posting.approve", "posting", target, "", now);
		record(adminId, "company.verify", "posting", target, "", now.minusSeconds(120));

		Document page = this.admin.page("/admin/audit?targetType=posting&targetId=" + target);

		assertThat(page.select("tr.audit-entry").eachAttr("data-action")).containsExactly("posting.approve",
				"posting.reject", "company.verify");
		assertThat(page.select("tr.audit-entry .audit-action").eachText()).containsExactly("Approved a posting",
				"Rejected a posting", "Verified a company");
		assertThat(page.select("tr.audit-entry").get(1).select(".audit-actor").text())
			.isEqualTo("Ada Admin " + WebIntegrationTest.ADMIN_EMAIL);
		assertThat(page.select("tr.audit-entry").get(1).select(".audit-detail").text())
			.isEqualTo("Salary range is not plausible");
		assertThat(page.select("tr.audit-entry").get(1).select(".audit-target").text()).isEqualTo("Posting " + target);
		assertThat(page.select("#audit-count").text()).isEqualTo("3 entries");
		assertThat(page.select("#audit-target-type option[selected]").val()).isEqualTo("posting");

		Document chinese = this.admin.in(Locale.SIMPLIFIED_CHINESE).page("/admin/audit?targetId=" + target);
		assertThat(chinese.select("tr.audit-entry .audit-action").eachText()).containsExactly("批准职位", "拒绝职位", "认证公司");
	}

	@Test
	void detailsAreStoredInNoLanguageAndShownInTheReaders() throws Exception {
		String target = "t-" + UUID.randomUUID();
		long adminId = this.sessions.admin().getId();
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_REJECT, target,
					AuditDetail.of("change", AuditDetail.label("salaries.status.PENDING"),
							AuditDetail.label("salaries.status.REJECTED"))
						.and("note", "a typo")));
			this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_RULE_ADD, target,
					AuditDetail.of("rule", AuditDetail.label("salaries.rules.kind.PATTERN"), "*ml engineer*",
							AuditDetail.roleType("ml-engineer"))
						.and("records-mapped", 1234)));
		});

		assertThat(this.jdbc.queryForList("select detail from audit_log where target_id = ?", String.class, target))
			.allSatisfy(detail -> assertThat(detail).startsWith("[{\"key\":\"admin.audit.detail.")
				.doesNotContain("Rejected", "records mapped"));
		Document english = this.admin.page("/admin/audit?targetId=" + target);
		assertThat(english.select("tr.audit-entry .audit-detail").eachText()).containsExactly(
				"Pattern “*ml engineer*” → Machine learning engineer 1,234 records mapped",
				"Waiting for review → Rejected Note: “a typo”");
		assertThat(english.select("tr.audit-entry .audit-detail span").first().wholeText())
			.as("one line each").contains("\n");
		Document chinese = this.admin.in(Locale.SIMPLIFIED_CHINESE).page("/admin/audit?targetId=" + target);
		assertThat(chinese.select("tr.audit-entry .audit-detail").eachText()).containsExactly(
				"模式“*ml engineer*”→ 机器学习工程师 映射了 1,234 条记录", "等待审核 → 已拒绝 备注：“a typo”");
	}

	@Test
	void aDetailWrittenAsPlainTextIsShownAsWritten() throws Exception {
		String target = "t-" + UUID.randomUUID();
		record(this.sessions.admin().getId(), AuditAction.SALARY_REJECT.key(), "salary-record", target,
				"PENDING → REJECTED; [{\"key\": not json", Instant.now());

		assertThat(this.admin.in(Locale.SIMPLIFIED_CHINESE).page("/admin/audit?targetId=" + target)
			.select("tr.audit-entry .audit-detail")
			.text()).isEqualTo("PENDING → REJECTED; [{\"key\": not json");
	}

	@Test
	void everyActionHasALabelInBothLanguages() throws Exception {
		Document english = this.admin.page("/admin/audit");
		Document chinese = this.admin.in(Locale.SIMPLIFIED_CHINESE).page("/admin/audit");

		for (String action : AuditAction.keys()) {
			assertThat(english.select("#audit-action option[value=" + action + "]").text()).as(action)
				.isNotEqualTo(action)
				.isNotBlank();
			assertThat(chinese.select("#audit-action option[value=" + action + "]").text()).as(action)
				.isNotEqualTo(english.select("#audit-action option[value=" + action + "]").text());
		}
	}

	@Test
	void filtersByActionByAdminAndByDateRange() throws Exception {
		String target = "f-" + UUID.randomUUID();
		Account other = this.sessions.account("other-admin", "Olga Other", Role.SEEKER);
		long adminId = this.sessions.admin().getId();
		Instant day1 = LocalDate.of(2026, 3, 1).atTime(23, 30).toInstant(ZoneOffset.UTC);
		Instant day2 = LocalDate.of(2026, 3, 2).atTime(0, 15).toInstant(ZoneOffset.UTC);
		Instant day5 = LocalDate.of(2026, 3, 5).atTime(12, 0).toInstant(ZoneOffset.UTC);
		record(adminId, "company.verify", "company", target, "", day1);
		record(other.getId(), "company.unverify", "company", target, "Website gone", day2);
		record(other.getId(), "company.verify", "company", target, "", day5);
		String base = "/admin/audit?targetId=" + target;

		assertThat(this.admin.page(base + "&action=company.verify").select("tr.audit-entry")).hasSize(2);
		assertThat(this.admin.page(base + "&actor=" + other.getEmail().toUpperCase()).select("tr.audit-entry .audit-actor")
			.eachText()).containsExactly("Olga Other " + other.getEmail(), "Olga Other " + other.getEmail());
		assertThat(this.admin.page(base + "&from=2026-03-02&to=2026-03-04").select("tr.audit-entry").eachAttr(
				"data-action")).containsExactly("company.unverify");
		assertThat(this.admin.page(base + "&from=2026-03-01&to=2026-03-01").select("tr.audit-entry").eachAttr(
				"data-action")).as("the last day is included").containsExactly("company.verify");
		assertThat(this.admin.page(base + "&to=2026-03-02").select("tr.audit-entry")).hasSize(2);

		Document nobody = this.admin.page(base + "&actor=nobody@nowhere.example");
		assertThat(nobody.select("tr.audit-entry")).isEmpty();
		assertThat(nobody.select("#audit-empty").text()).isEqualTo("No entry matches these filters.");
	}

	@Test
	void badDatesGetAClearMessage() throws Exception {
		Document notADate = this.admin.page("/admin/audit?from=yesterday");
		assertThat(notADate.select("#audit-errors").text()).contains("The “from” date is not a valid date");
		assertThat(notADate.select("#audit-from").hasClass("is-invalid")).isTrue();

		Document backwards = this.admin.page("/admin/audit?from=2026-05-02&to=2026-05-01");
		assertThat(backwards.select("#audit-errors").text()).isEqualTo("The “from” date is after the “to” date.");
		assertThat(backwards.select("tr.audit-entry")).isEmpty();
	}

	@Test
	void theLogIsPaged() throws Exception {
		String target = "p-" + UUID.randomUUID();
		long adminId = this.sessions.admin().getId();
		Instant start = Instant.now().minusSeconds(3600);
		for (int i = 0; i < 52; i++) {
			record(adminId, "posting.approve", "posting", target, "entry " + i, start.plusSeconds(i));
		}

		Document first = this.admin.page("/admin/audit?targetId=" + target);
		assertThat(first.select("tr.audit-entry")).hasSize(50);
		assertThat(first.select("tr.audit-entry .audit-detail").first().text()).isEqualTo("entry 51");
		Document second = this.admin.page(first.select(".pagination a[rel=next]").attr("href"));
		assertThat(second.select("tr.audit-entry .audit-detail").eachText()).containsExactly("entry 1", "entry 0");
		assertThat(second.select(".page-of").text()).isEqualTo("Page 2 of 2");
	}

	@Test
	void anEntryOfAnUnknownActionStillShowsUnderItsKey() throws Exception {
		String target = "u-" + UUID.randomUUID();
		record(this.sessions.admin().getId(), "report.export", "salary-file", target, "", Instant.now());

		Document page = this.admin.page("/admin/audit?targetId=" + target);

		assertThat(page.select("tr.audit-entry .audit-action").text()).isEqualTo("report.export");
		assertThat(page.select("#audit-action option[value=report.export]")).hasSize(1);
	}

	@Test
	void anAccountEntryWhoseTargetIsNoAccountIdShowsTheTargetAsStored() throws Exception {
		// account ids are stored as text beside slugs: one that is not a number (or too large for one) names no
		// account, and the log shows it as it is
		String target = "99999999999999999999";
		record(this.sessions.admin().getId(), "account.suspend", "account", target, "", Instant.now());
		record(this.sessions.admin().getId(), "account.suspend", "account", "not-an-id", "", Instant.now());

		Document page = this.admin.page("/admin/audit?targetId=" + target);
		Document other = this.admin.page("/admin/audit?targetType=account&targetId=not-an-id");

		assertThat(page.select("tr.audit-entry .audit-target").text()).endsWith(target);
		assertThat(page.select("tr.audit-entry .audit-target a")).isEmpty();
		assertThat(other.select("tr.audit-entry .audit-target").text()).endsWith("not-an-id");
	}

	@Test
	void aPageThatIsNotANumberIsTheFirstAndOnePastTheLastIsEmpty() throws Exception {
		String target = "q-" + UUID.randomUUID();
		record(this.sessions.admin().getId(), "posting.approve", "posting", target, "only", Instant.now());

		assertThat(this.admin.page("/admin/audit?targetId=" + target + "&page=x").select("tr.audit-entry")).hasSize(1);
		assertThat(this.admin.page("/admin/audit?targetId=" + target + "&page=0").select("tr.audit-entry")).hasSize(1);
		assertThat(this.admin.page("/admin/audit?targetId=" + target + "&page=2").select("tr.audit-entry")).isEmpty();
		assertThat(this.admin.page("/admin/audit?targetId=" + target + "&page=2147483647").select("tr.audit-entry"))
			.isEmpty();
	}

}
