package ai.slope.salaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import ai.slope.web.InputText;

/**
 * The checks of a salary file as a whole, before anything of it is stored: a file that is not a CSV, is binary or
 * not UTF-8, has a header without the aijobs.net format’s columns (in any order; the {@code salary_in_usd} column is
 * ignored, Slope converts with its own rates) or has no rows is refused. A file that passes is kept as a temporary
 * copy for {@link SalaryImports#run} to read.
 */
@Component
public class ImportFiles {

	private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

	/** The largest file accepted: the whole aijobs.net index is about 4 MB. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/**
	 * A file that passed {@link #check}, copied to a temporary file that the caller deletes ({@link #discard}) when
	 * the import is over.
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
	 * The header’s columns by lower-case name, with their positions.
	 * @throws ImportRefusedException when a column of the format is missing or a column is named twice
	 */
	static Map<String, Integer> header(CSVRecord header) {
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

	/**
	 * A UTF-8 reader that refuses bytes that are not UTF-8 and skips a byte order mark.
	 */
	static Reader reader(InputStream in) throws IOException {
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

}
