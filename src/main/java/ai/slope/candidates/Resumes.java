package ai.slope.candidates;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputText;
import ai.slope.web.InvalidInputException;

/**
 * The résumé on a seeker's profile: one PDF of at most 5 MB, recognised by its content (see {@link PdfCheck}),
 * kept in PostgreSQL. Only its owner uploads, replaces, removes or downloads it here; recruiters will get it
 * through an application (a later issue).
 */
@Service
public class Resumes {

	private static final Logger log = LoggerFactory.getLogger(Resumes.class);

	/** The largest résumé accepted, in bytes (5 MB). */
	public static final int MAX_BYTES = PdfCheck.MAX_BYTES;

	static final int MAX_FILE_NAME_LENGTH = 120;

	private final ResumeRepository resumes;

	private final CandidateProfileRepository profiles;

	private final Clock clock;

	Resumes(ResumeRepository resumes, CandidateProfileRepository profiles, Clock clock) {
		this.resumes = resumes;
		this.profiles = profiles;
		this.clock = clock;
	}

	/**
	 * What is known of a résumé without its bytes.
	 */
	public record ResumeInfo(long id, String fileName, int sizeBytes, String sha256, Instant uploadedAt) {
	}

	/**
	 * A résumé to send: always {@code application/pdf}.
	 */
	public record ResumeFile(long id, String fileName, String contentType, byte[] bytes, String sha256) {
	}

	@Transactional(readOnly = true)
	public Optional<ResumeInfo> info(long accountId) {
		return this.resumes.findInfoByAccountId(accountId);
	}

	/**
	 * The résumé of that id if it is the account's own; empty for another's, as for one that does not exist.
	 */
	@Transactional(readOnly = true)
	public Optional<ResumeFile> download(long accountId, long resumeId) {
		return this.resumes.findByIdAndAccountId(resumeId, accountId).map(Resumes::file);
	}

	/**
	 * The account's résumé, for the module that attaches it to an application.
	 */
	@Transactional(readOnly = true)
	public Optional<ResumeFile> of(long accountId) {
		return this.resumes.findByAccountId(accountId).map(Resumes::file);
	}

	/**
	 * Sets or replaces the account's résumé (and makes an empty profile, if it has none yet).
	 * @param fileName the uploaded file's name, whatever it is; stored tidied and ending in {@code .pdf}
	 * @param bytes the file, whatever its name and declared type
	 * @throws InvalidInputException (field {@code resume}) when it is empty, larger than 5 MB or not a PDF
	 */
	@Transactional
	public ResumeInfo replace(long accountId, String fileName, byte[] bytes) {
		PdfCheck.problemWith(bytes).ifPresent(problem -> {
			throw (problem == PdfCheck.Problem.TOO_BIG)
					? new InvalidInputException("resume", problem.messageKey(), MAX_BYTES / (1024 * 1024))
					: new InvalidInputException("resume", problem.messageKey());
		});
		this.profiles.createIfMissing(accountId);
		Resume resume = this.resumes.findByAccountId(accountId).orElseGet(() -> new Resume(accountId));
		resume.replace(pdfFileName(fileName), bytes, sha256(bytes), this.clock.instant());
		resume = this.resumes.saveAndFlush(resume);
		log.info("Account {} uploaded a résumé (PDF {}, {} bytes)", accountId, PdfCheck.version(bytes), bytes.length);
		return new ResumeInfo(resume.getId(), resume.getFileName(), bytes.length, resume.getSha256(),
				resume.getUploadedAt());
	}

	/**
	 * @return whether there was one to remove
	 */
	@Transactional
	public boolean remove(long accountId) {
		boolean removed = this.resumes.deleteByAccount(accountId) > 0;
		if (removed) {
			log.info("Account {} removed its résumé", accountId);
		}
		return removed;
	}

	/**
	 * The name a résumé is stored and downloaded under: the uploaded name without folders, control characters
	 * or quotes, at most 120 characters, ending in {@code .pdf} (whatever extension it had): “C:\cv\Ada CV.txt”
	 * is “Ada CV.pdf”; no name at all is “resume.pdf”.
	 */
	public static String pdfFileName(String uploaded) {
		String name = (uploaded == null) ? "" : Normalizer.normalize(InputText.fileName(uploaded), Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = ((dot >= 0) ? name.substring(0, dot) : name).strip();
		if (base.isEmpty() || base.matches("\\.+")) {
			base = "resume";
		}
		int maxBase = MAX_FILE_NAME_LENGTH - ".pdf".length();
		if (base.length() > maxBase) {
			base = base.substring(0, maxBase).strip();
		}
		return base + ".pdf";
	}

	private static ResumeFile file(Resume resume) {
		return new ResumeFile(resume.getId(), resume.getFileName(), resume.getContentType(), resume.getBytes(),
				resume.getSha256());
	}

	/**
	 * The SHA-256 hash of the bytes, in lower-case hex, as résumés are stored with.
	 */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
