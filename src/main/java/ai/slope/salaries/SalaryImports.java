package ai.slope.salaries;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.web.Countries;

/**
 * Imports salary records from CSV files in the aijobs.net format. A file is first checked as a whole
 * ({@link ImportFiles#check}); then {@link #run} reads it as a stream in batches of {@value #BATCH} rows, in one
 * transaction, so that an import is stored whole or not at all; its progress is written beside it in short
 * transactions of their own, for the progress page to show while it runs ({@link ImportReports} reads them,
 * {@link StalledImports} marks the imports whose instance stopped).
 * <p>
 * Each row gets a content hash: its values, and how many identical rows came before it in the same file. The
 * aijobs.net index holds many identical reports (salaries are rounded, titles are normalised), which are separate
 * people and all count; importing the same file again matches every row’s hash and adds nothing.
 */
@Service
public class SalaryImports {

	private static final Logger log = LoggerFactory.getLogger(SalaryImports.class);

	static final int BATCH = 2000;

	/** Rows kept of a rejected row, in characters. */
	static final int MAX_LINE = 2000;

	/**
	 * One statement per batch: the rows go in as one array per column, which PostgreSQL unnests; a row whose
	 * hash is stored already is skipped, and the statement’s count is the rows stored.
	 */
	private static final String INSERT = """
			insert into salary_record (year, role_type, out_of_scope, job_title, experience_level, employment_type,
			  amount, currency, amount_usd, employee_residence, company_location, remote_ratio, company_size,
			  import_id, import_row, content_hash, status, created_at)
			select y, rt, oos, jt, el, et, am, cu, usd, er, cl, rr, cs, ?, ir, ch, 'APPROVED', ?
			from unnest(?::int[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[],
			  ?::int[], ?::text[], ?::text[], ?::int[], ?::text[], ?::int[], ?::text[])
			  as t (y, rt, oos, jt, el, et, am, cu, usd, er, cl, rr, cs, ir, ch)
			on conflict (content_hash) do nothing
			""";


	private final ImportFiles files;

	private final ImportReports reports;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ExchangeRates rates;

	private final Countries countries;

	private final TitleRules rules;

	private final SalaryOutliers outliers;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	SalaryImports(ImportFiles files, ImportReports reports, JdbcClient jdbc, JdbcTemplate batches, ExchangeRates rates,
			Countries countries, TitleRules rules, SalaryOutliers outliers, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.files = files;
		this.reports = reports;
		this.jdbc = jdbc;
		this.batches = batches;
		this.rates = rates;
		this.countries = countries;
		this.rules = rules;
		this.outliers = outliers;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records that an import starts, at once and in its own transaction, so its progress can be shown.
	 * @param adminId who imports, or null (the demo data)
	 * @return the import’s id
	 */
	public long begin(Long adminId, ImportFiles.CheckedFile file) {
		return this.ownTransaction.execute(status -> this.jdbc.sql("""
				insert into salary_import (file_name, imported_by, started_at, progress_at, status, bytes_total)
				values (?, ?, ?, ?, 'RUNNING', ?) returning id
				""").params(file.fileName(), adminId, Timestamp.from(this.clock.instant()),
					Timestamp.from(this.clock.instant()), file.bytes())
			.query(Long.class)
			.single());
	}

	/**
	 * Records, in its own transaction, that an import failed (its own transaction rolled back).
	 */
	public void fail(long importId, String failure) {
		String message = (failure == null || failure.isBlank()) ? "unexpected error" : failure;
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.sql("""
				update salary_import set status = 'FAILED', finished_at = ?, failure = ?,
				  rows_imported = 0, rows_duplicate = 0, rows_rejected = 0
				where id = ?
				""").params(Timestamp.from(this.clock.instant()),
				message.substring(0, Math.min(500, message.length())), importId).update());
	}

	/**
	 * Checks, begins and runs an import in the calling thread (the demo data, tests and benchmarks; admins import
	 * through the pages, which run it in the background).
	 */
	public ImportReport importNow(Long adminId, String fileName, InputStream content) {
		ImportFiles.CheckedFile file = this.files.check(fileName, content);
		try {
			long id = begin(adminId, file);
			try {
				return this.ownTransaction.execute(status -> run(id, file));
			}
			catch (RuntimeException ex) {
				fail(id, ex.getMessage());
				throw ex;
			}
		}
		finally {
			this.files.discard(file);
		}
	}

	/**
	 * Reads the checked file and stores its rows, in the caller’s transaction: each valid row that is not a
	 * duplicate becomes an APPROVED record with the role type its title’s rules give; then outliers are flagged and
	 * the report is stored.
	 */
	@Transactional
	public ImportReport run(long importId, ImportFiles.CheckedFile file) {
		long start = System.nanoTime();
		TitleRules.Resolver resolver = this.rules.resolver();
		Map<String, Integer> seen = new HashMap<>();
		List<Object[]> rows = new ArrayList<>(BATCH);
		List<Object[]> rejections = new ArrayList<>();
		ImportTally tally = ImportTally.NONE;
		Timestamp now = Timestamp.from(this.clock.instant());
		MessageDigest sha256 = sha256();
		try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file.path()));
				Reader reader = ImportFiles.reader(in);
				CSVParser parser = ImportFiles.FORMAT.parse(reader)) {
			var records = parser.iterator();
			Map<String, Integer> header = ImportFiles.header(records.next());
			int rowNumber = 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				rowNumber++;
				tally = tally.withRead();
				Map<String, String> byField = new HashMap<>();
				for (Map.Entry<String, String> column : SalaryInput.COLUMNS.entrySet()) {
					int index = header.get(column.getKey());
					byField.put(column.getValue(), (index < record.size()) ? record.get(index) : null);
				}
				SalaryInput.Checked checked = SalaryInput.check(byField, this.rates, this.countries, this.clock);
				List<String> reasons = new ArrayList<>();
				if (record.size() > header.size()) {
					reasons.add("extra-values");
				}
				checked.problems().forEach(problem -> reasons.add(problem.reason()
						+ ("missing-column".equals(problem.reason()) ? ":" + column(problem.field()) : "")));
				int usd = 0;
				if (checked.ok()) {
					SalaryValues values = checked.values();
					usd = this.rates.yearlyToUsd(values.amount(), values.currency(), values.year());
					if (usd < 1) {
						reasons.add("amount");
					}
				}
				if (!reasons.isEmpty()) {
					tally = tally.withRejected();
					rejections.add(new Object[] { importId, rowNumber, String.join(",", reasons.stream().distinct().toList()),
							line(record) });
					if (rejections.size() >= BATCH) {
						flushRejections(rejections);
					}
					continue;
				}
				SalaryValues values = checked.values();
				String canonical = values.canonical();
				int occurrence = seen.merge(canonical, 1, Integer::sum);
				TitleRules.Decision decision = resolver.decide(values.jobTitle());
				rows.add(new Object[] { values.year(), decision.roleType(), decision.outOfScope(), values.jobTitle(),
						values.experienceLevel().name(), values.employmentType(), values.amount(), values.currency(), usd,
						values.employeeResidence(), values.companyLocation(), values.remoteRatio(),
						values.companySize(), rowNumber, hash(sha256, canonical, occurrence) });
				if (rows.size() >= BATCH) {
					tally = flushRows(importId, now, rows, tally);
					progress(importId, tally, in.count());
				}
			}
			tally = flushRows(importId, now, rows, tally);
			flushRejections(rejections);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SalaryOutliers.Result flagged = this.outliers.flag();
		this.jdbc.sql("""
				update salary_import set status = 'DONE', finished_at = ?, rows_read = ?, rows_imported = ?,
				  rows_duplicate = ?, rows_rejected = ?, bytes_read = bytes_total
				where id = ?
				""").params(Timestamp.from(this.clock.instant()), tally.read(), tally.imported(), tally.duplicates(),
					tally.rejected(), importId)
			.update();
		log.info("Salary import {} of {}: {} rows read, {} imported, {} duplicates, {} rejected, {} flagged, in {} ms",
				importId, file.fileName(), tally.read(), tally.imported(), tally.duplicates(), tally.rejected(),
				flagged.flagged(), (System.nanoTime() - start) / 1_000_000);
		return this.reports.find(importId).orElseThrow();
	}

	private static final String[] COLUMN_TYPES = { "int4", "text", "bool", "text", "text", "text", "int8", "text",
			"int4", "text", "text", "int4", "text", "int4", "text" };

	/**
	 * Stores a batch of rows and empties it.
	 * @return the tally with the batch counted
	 */
	private ImportTally flushRows(long importId, Timestamp now, List<Object[]> rows, ImportTally tally) {
		if (rows.isEmpty()) {
			return tally;
		}
		int stored = this.batches.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
				statement.setLong(1, importId);
				statement.setTimestamp(2, now);
				for (int column = 0; column < COLUMN_TYPES.length; column++) {
					Object[] values = new Object[rows.size()];
					for (int row = 0; row < rows.size(); row++) {
						values[row] = rows.get(row)[column];
					}
					statement.setArray(column + 3, connection.createArrayOf(COLUMN_TYPES[column], values));
				}
				return statement.executeUpdate();
			}
		});
		ImportTally counted = tally.withBatch(rows.size(), stored);
		rows.clear();
		return counted;
	}

	private void flushRejections(List<Object[]> rejections) {
		if (!rejections.isEmpty()) {
			this.batches.batchUpdate(
					"insert into salary_import_rejection (import_id, row_number, reasons, line) values (?, ?, ?, ?)",
					rejections);
			rejections.clear();
		}
	}

	private void progress(long importId, ImportTally tally, long bytesRead) {
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.sql("""
				update salary_import set rows_read = ?, rows_imported = ?, rows_duplicate = ?, rows_rejected = ?,
				  bytes_read = ?, progress_at = ? where id = ?
				""").params(tally.read(), tally.imported(), tally.duplicates(), tally.rejected(), bytesRead,
					Timestamp.from(this.clock.instant()), importId).update());
	}

	private static String column(String field) {
		return SalaryInput.COLUMNS.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(field))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(field);
	}

	private static String line(CSVRecord record) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
			printer.printRecord(record.values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String line = out.toString();
		return (line.length() > MAX_LINE) ? line.substring(0, MAX_LINE) + "…" : line;
	}

	private static String hash(MessageDigest sha256, String canonical, int occurrence) {
		sha256.reset();
		byte[] digest = sha256.digest((canonical + "\u001e" + occurrence).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Counts the bytes read through it, for the progress.
	 */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.count += read;
			}
			return read;
		}

		long count() {
			return this.count;
		}

	}

}
