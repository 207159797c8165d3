package ai.slope.companies;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InvalidInputException;

/**
 * Company logos: PNG, JPEG or WebP images of at most 1 MB, recognised by their content and decoded in full; what is
 * kept (in PostgreSQL) is the decoded image written anew as PNG or JPEG, never the uploaded bytes. Served with their
 * hash as version, so that browsers may keep one as long as it does not change.
 */
@Service
public class CompanyLogos {

	private static final Logger log = LoggerFactory.getLogger(CompanyLogos.class);

	/** The largest logo accepted, in bytes (1 MB). */
	public static final int MAX_BYTES = LogoImage.MAX_BYTES;

	private final CompanyLogoRepository logos;

	private final CompanyRepository companies;

	private final CompanyMemberships memberships;

	private final Clock clock;

	CompanyLogos(CompanyLogoRepository logos, CompanyRepository companies, CompanyMemberships memberships,
			Clock clock) {
		this.logos = logos;
		this.companies = companies;
		this.memberships = memberships;
		this.clock = clock;
	}

	/**
	 * A logo as it is served.
	 * @param version the SHA-256 hash of the bytes, in hex
	 */
	public record Logo(String contentType, byte[] bytes, String version) {
	}

	/**
	 * The logo of the company with that slug, if it has one.
	 */
	@Transactional(readOnly = true)
	public Optional<Logo> find(String slug) {
		return this.companies.findBySlug(slug)
			.filter(Company::hasLogo)
			.flatMap(company -> this.logos.findById(company.getId()))
			.map(logo -> new Logo(logo.getContentType(), logo.getBytes(), logo.getSha256()));
	}

	/**
	 * Sets or replaces the company's logo.
	 * @param bytes the uploaded file, whatever its name and declared type
	 * @throws InvalidInputException (field {@code logo}) when it is empty, larger than 1 MB, not a PNG,
	 * JPEG or WebP image, smaller than 16 or larger than 4096 pixels a side, or does not decode
	 * @throws CompanyNotFoundException when the account is not an active member of the company
	 */
	@Transactional
	public void replace(long accountId, long companyId, byte[] bytes) {
		requireMember(accountId, companyId);
		LogoImage.Encoded stored = check(bytes);
		String sha256 = sha256(stored.bytes());
		CompanyLogo logo = this.logos.findById(companyId).orElseGet(() -> new CompanyLogo(companyId));
		logo.replace(stored, sha256, accountId, this.clock.instant());
		this.logos.save(logo);
		this.companies.setLogoVersion(companyId, sha256);
		log.info("Account {} set the logo of company {} ({} bytes uploaded, stored as {}, {} bytes, {}x{})", accountId,
				companyId, bytes.length, stored.format(), stored.bytes().length, stored.width(), stored.height());
	}

	/**
	 * Removes the company's logo, if it has one.
	 * @throws CompanyNotFoundException when the account is not an active member of the company
	 */
	@Transactional
	public void remove(long accountId, long companyId) {
		requireMember(accountId, companyId);
		if (this.logos.existsById(companyId)) {
			this.logos.deleteById(companyId);
			this.companies.setLogoVersion(companyId, null);
			log.info("Account {} removed the logo of company {}", accountId, companyId);
		}
	}

	/**
	 * The logo as it will be stored, or the problem with the upload. The size is read from the header and checked
	 * before any pixel is decoded, so that a small file that claims to be a huge image (a decompression bomb) is
	 * refused without taking the memory it asks for.
	 */
	static LogoImage.Encoded check(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("logo", "companies.error.logo.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("logo", "companies.error.logo.too-big");
		}
		if (LogoImage.format(bytes).isEmpty()) {
			throw new InvalidInputException("logo", "companies.error.logo.type");
		}
		LogoImage image = LogoImage.read(bytes)
			.orElseThrow(() -> new InvalidInputException("logo", "companies.error.logo.unreadable"));
		if (!image.sizeIsAcceptable()) {
			throw new InvalidInputException("logo", "companies.error.logo.dimensions", image.width(),
					image.height(), LogoImage.MIN_SIDE, LogoImage.MAX_SIDE);
		}
		BufferedImage pixels = image.decode(bytes)
			.orElseThrow(() -> new InvalidInputException("logo", "companies.error.logo.unreadable"));
		return image.encode(pixels);
	}

	private void requireMember(long accountId, long companyId) {
		if (!this.memberships.isActiveMember(accountId, companyId)) {
			throw new CompanyNotFoundException();
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
