package ai.slope.salaries;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.web.Countries;
import ai.slope.web.InputText;

/**
 * Imports salary records from CSV files in the aijobs.net format. A file is first checked as a whole
 * ({@link #check}): a file that is not a CSV, is binary or not UTF-8, has a header without the format’s columns
 * (in any order; the {@code salary_in_usd} column is ignored, Slope converts with its own rates) or has no rows is
 * refused and nothing is stored. Then {@link #run} reads it as a stream in batches of {@value #BATCH} rows, in one
 * transaction, so that an import is stored whole or not at all; its progress is written beside it in short
 * transactions of their own, for the progress page to show while it runs.
 * <p>
 * Each row gets a content hash: its values, and how many identical rows came before it in the same file. The
 * aijobs.net index holds many identical reports (salaries are rounded, titles are normalised), which are separate
 * people and all count; importing the same file again matches every row’s hash and adds nothing.
 */
@Service
public class SalaryImports {

	private static final Logger log = LoggerFactory.getLogger(SalaryImports.class);

	/** The largest file accepted: the whole aijobs.net index is about 4 MB. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	static final int BATCH = 2000;

	/** How long a running import may show no progress before it counts as interrupted. */
	static final java.time.Duration STALLED = java.time.Duration.ofMinutes(10);

	/** Rows kept of a rejected row, in characters. */
	static final int MAX_LINE = 2000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

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


	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ExchangeRates rates;

	private final Countries countries;

	private final TitleRules rules;

	private final SalaryOutliers outliers;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	SalaryImports(JdbcClient jdbc, JdbcTemplate batches, ExchangeRates rates, Countries countries, TitleRules rules,
			SalaryOutliers outliers, PlatformTransactionManager transactionManager, Clock clock) {
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
	 * A file that passed {@link #check}, copied to a temporary file that the caller deletes
	 * ({@link #discard}) when the import is over.
	 * @param rows how many data rows it has
	 */
	public record CheckedFile(Path path, String fileName, long bytes, int rows) {
	}

	/**
	 * Copies an upload to a temporary file and checks it as a whole.
	 * @throws ImportRefusedException when it cannot be imported; nothing is kept
	 */
	public CheckedFile check(String fileName, InputStream upload) {
		String name = baseName(fileName);
		if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			throw new ImportRefusedException("not-csv");
		}
		Path temp;
		try {
			temp = Files.createTempFile("slope-salaries-", ".csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			long bytes = copy(upload, temp);
			if (bytes == 0) {
				throw new ImportRefusedException("empty");
			}
			if (looksBinary(temp)) {
				throw new ImportRefusedException("binary");
			}
			int rows = 0;
			try (Reader reader = reader(Files.newInputStream(temp)); CSVParser parser = FORMAT.parse(reader)) {
				var records = parser.iterator();
				if (!records.hasNext()) {
					throw new ImportRefusedException("empty");
				}
				header(records.next());
				while (records.hasNext()) {
					records.next();
					rows++;
				}
			}
			catch (UncheckedIOException ex) {
				if (ex.getCause() instanceof CharacterCodingException) {
					throw new ImportRefusedException("encoding");
				}
				throw new ImportRefusedException("malformed", rows + 2);
			}
			catch (IllegalStateException ex) {
				throw new ImportRefusedException("malformed", rows + 2);
			}
			if (rows == 0) {
				throw new ImportRefusedException("no-rows");
			}
			return new CheckedFile(temp, name, bytes, rows);
		}
		catch (CharacterCodingException ex) {
			discard(temp);
			throw new ImportRefusedException("encoding");
		}
		catch (IOException ex) {
			discard(temp);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			discard(temp);
			throw ex;
		}
	}

	/**
	 * Deletes a checked file’s temporary copy.
	 */
	public void discard(CheckedFile file) {
		discard(file.path());
	}

	/**
	 * Records that an import starts, at once and in its own transaction, so its progress can be shown.
	 * @param adminId who imports, or null (the demo data)
	 * @return the import’s id
	 */
	public long begin(Long adminId, CheckedFile file) {
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
		CheckedFile file = check(fileName, content);
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
			discard(file);
		}
	}

	/**
	 * Reads the checked file and stores its rows, in the caller’s transaction: each valid row that is not a
	 * duplicate becomes an APPROVED record with the role type its title’s rules give; then outliers are flagged and
	 * the report is stored.
	 */
	@Transactional
	public ImportReport run(long importId, CheckedFile file) {
		long start = System.nanoTime();
		TitleRules.Resolver resolver = this.rules.resolver();
		Map<String, Integer> seen = new HashMap<>();
		List<Object[]> rows = new ArrayList<>(BATCH);
		List<Object[]> rejections = new ArrayList<>();
		int[] counts = new int[4]; // read, imported, duplicates, rejected
		Timestamp now = Timestamp.from(this.clock.instant());
		MessageDigest sha256 = sha256();
		try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file.path()));
				Reader reader = reader(in);
				CSVParser parser = FORMAT.parse(reader)) {
			var records = parser.iterator();
			Map<String, Integer> header = header(records.next());
			int rowNumber = 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				rowNumber++;
				counts[0]++;
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
					counts[3]++;
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
					flushRows(importId, now, rows, counts);
					progress(importId, counts, in.count());
				}
			}
			flushRows(importId, now, rows, counts);
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
				""").params(Timestamp.from(this.clock.instant()), counts[0], counts[1], counts[2], counts[3], importId)
			.update();
		log.info("Salary import {} of {}: {} rows read, {} imported, {} duplicates, {} rejected, {} flagged, in {} ms",
				importId, file.fileName(), counts[0], counts[1], counts[2], counts[3], flagged.flagged(),
				(System.nanoTime() - start) / 1_000_000);
		return find(importId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<ImportReport> find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(SalaryImports::report).optional();
	}

	/**
	 * The imports, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ImportReport> list(int offset, int limit) {
		return this.jdbc.sql(SELECT + " order by started_at desc, id desc limit ? offset ?")
			.params(limit, offset)
			.query(SalaryImports::report)
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from salary_import").query(Long.class).single();
	}

	/**
	 * A page of an import’s rejected rows, in file order.
	 */
	@Transactional(readOnly = true)
	public List<ImportRejection> rejections(long importId, int offset, int limit) {
		return this.jdbc
			.sql("select row_number, reasons, line from salary_import_rejection where import_id = ? order by row_number limit ? offset ?")
			.params(importId, limit, offset)
			.query((rs, n) -> new ImportRejection(rs.getInt(1), Arrays.asList(rs.getString(2).split(",")),
					rs.getString(3)))
			.list();
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
				consumer.accept(new ImportRejection(rs.getInt(1), Arrays.asList(rs.getString(2).split(",")),
						rs.getString(3)));
			});
	}

	private static final String SELECT = """
			select id, file_name, imported_by, started_at, finished_at, status, rows_read, rows_imported, rows_duplicate,
			  rows_rejected, bytes_read, bytes_total, failure from salary_import""";

	private static ImportReport report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp(5);
		long importedBy = rs.getLong(3);
		return new ImportReport(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : importedBy,
				rs.getTimestamp(4).toInstant(), (finished != null) ? finished.toInstant() : null,
				ImportReport.Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
				rs.getLong(11), rs.getLong(12), rs.getString(13));
	}

	private static final String[] COLUMN_TYPES = { "int4", "text", "bool", "text", "text", "text", "int8", "text",
			"int4", "text", "text", "int4", "text", "int4", "text" };

	private void flushRows(long importId, Timestamp now, List<Object[]> rows, int[] counts) {
		if (rows.isEmpty()) {
			return;
		}
		int stored = this.batches.execute((java.sql.Connection connection) -> {
			try (java.sql.PreparedStatement statement = connection.prepareStatement(INSERT)) {
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
		counts[1] += stored;
		counts[2] += rows.size() - stored;
		rows.clear();
	}

	private void flushRejections(List<Object[]> rejections) {
		if (!rejections.isEmpty()) {
			this.batches.batchUpdate(
					"insert into salary_import_rejection (import_id, row_number, reasons, line) values (?, ?, ?, ?)",
					rejections);
			rejections.clear();
		}
	}

	private void progress(long importId, int[] counts, long bytesRead) {
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.sql("""
				update salary_import set rows_read = ?, rows_imported = ?, rows_duplicate = ?, rows_rejected = ?,
				  bytes_read = ?, progress_at = ? where id = ?
				""").params(counts[0], counts[1], counts[2], counts[3], bytesRead, Timestamp.from(this.clock.instant()),
					importId).update());
	}

	/**
	 * Marks FAILED, as {@linkplain ImportReport#INTERRUPTED interrupted}, every import still running that has shown
	 * no progress for {@link #STALLED}: the instance that ran it stopped (its transaction rolled back, so nothing of
	 * it was stored), and it would otherwise show as running for ever. Every few minutes, on every instance: the
	 * update is the same whichever runs it.
	 * @return how many imports were marked
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	public int failStalled() {
		Instant now = this.clock.instant();
		int stalled = this.ownTransaction.execute(status -> this.jdbc.sql("""
				update salary_import set status = 'FAILED', finished_at = ?, failure = ?,
				  rows_imported = 0, rows_duplicate = 0, rows_rejected = 0
				where status = 'RUNNING' and progress_at < ?
				""").params(Timestamp.from(now), ImportReport.INTERRUPTED, Timestamp.from(now.minus(STALLED))).update());
		if (stalled > 0) {
			log.warn("{} salary import(s) showed no progress for {} and were marked as interrupted", stalled, STALLED);
		}
		return stalled;
	}

	/**
	 * The header’s columns by lower-case name, with their positions.
	 * @throws ImportRefusedException when a column of the format is missing or a column is named twice
	 */
	private static Map<String, Integer> header(CSVRecord header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (!name.isEmpty() && columns.put(name, i) != null) {
				throw new ImportRefusedException("header-duplicate", name);
			}
		}
		List<String> missing = SalaryInput.COLUMNS.keySet().stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new ImportRefusedException("header", String.join(", ", missing),
					String.join(", ", SalaryInput.COLUMNS.keySet()));
		}
		return columns;
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
	 * A UTF-8 reader that refuses bytes that are not UTF-8 and skips a byte order mark.
	 */
	private static Reader reader(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/**
	 * Whether the file holds bytes no text file has: NUL, or control characters other than tab and line ends.
	 */
	private static boolean looksBinary(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				for (int i = 0; i < read; i++) {
					int b = buffer[i] & 0xff;
					if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static long copy(InputStream upload, Path target) throws IOException {
		long total = 0;
		try (InputStream in = upload; OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > MAX_BYTES) {
					throw new ImportRefusedException("too-large", MAX_BYTES / (1024 * 1024));
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	private static String baseName(String fileName) {
		if (fileName == null) {
			return "";
		}
		String name = InputText.fileName(fileName).replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private static void discard(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", path, ex);
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
