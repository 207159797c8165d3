package ai.slope.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Private files sent as downloads (résumés, exports): always an attachment, never shown inline, never sniffed as
 * another type, never kept by a cache.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(bytes.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName).toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(bytes);
	}

	/**
	 * A plain {@code filename} for a name in printable ASCII; otherwise the RFC 5987 {@code filename*} in UTF-8
	 * too, which every current browser reads.
	 */
	public static ContentDisposition disposition(String fileName) {
		boolean ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
		return ascii ? ContentDisposition.attachment().filename(fileName).build()
				: ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build();
	}

}
