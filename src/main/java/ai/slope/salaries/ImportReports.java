package ai.slope.salaries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imports as the admin pages show them: each import’s report, the list of them, and the rows they rejected.
 */
@Service
public class ImportReports {

	private static final String SELECT = """
			select id, file_name, imported_by, started_at, finished_at, status, rows_read, rows_imported, rows_duplicate,
			  rows_rejected, bytes_read, bytes_total, failure from salary_import""";

	private final JdbcClient jdbc;

	ImportReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<ImportReport> find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(ImportReports::report).optional();
	}

	/**
	 * A page of the imports, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<ImportReport> list(Pageable pageable) {
		List<ImportReport> imports = this.jdbc.sql(SELECT + " order by started_at desc, id desc limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset())
			.query(ImportReports::report)
			.list();
		return new PageImpl<>(imports, pageable, count());
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from salary_import").query(Long.class).single();
	}

	/**
	 * A page of an import’s rejected rows, in file order.
	 */
	@Transactional(readOnly = true)
	public Page<ImportRejection> rejections(ImportReport report, Pageable pageable) {
		List<ImportRejection> rows = this.jdbc.sql("""
				select row_number, reasons, line from salary_import_rejection where import_id = ?
				order by row_number limit ? offset ?""")
			.params(report.id(), pageable.getPageSize(), pageable.getOffset())
			.query((rs, n) -> rejection(rs))
			.list();
		return new PageImpl<>(rows, pageable, report.rejected());
	}

	/**
	 * Every rejected row of an import, in file order, one at a time (never all in memory).
	 */
	@Transactional(readOnly = true)
	public void eachRejection(long importId, Consumer<ImportRejection> consumer) {
		this.jdbc
			.sql("select row_number, reasons, line from salary_import_rejection where import_id = ? order by row_number")
			.param(importId)
			.query(rs -> {
				consumer.accept(rejection(rs));
			});
	}

	private static ImportRejection rejection(ResultSet rs) throws SQLException {
		return new ImportRejection(rs.getInt(1), Arrays.asList(rs.getString(2).split(",")), rs.getString(3));
	}

	private static ImportReport report(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp(5);
		long importedBy = rs.getLong(3);
		return new ImportReport(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : importedBy,
				rs.getTimestamp(4).toInstant(), (finished != null) ? finished.toInstant() : null,
				ImportReport.Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
				rs.getLong(11), rs.getLong(12), rs.getString(13));
	}

}
