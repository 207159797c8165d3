package ai.slope.companies.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ai.slope.companies.CompanyLogos;
import ai.slope.web.PageNotFoundException;

/**
 * Serves company logos to everyone. Pages link to {@code /companies/{slug}/logo?v=<hash>}: that URL never
 * changes its content, so browsers and proxies may keep it for a year; without the matching {@code v} the
 * answer must be revalidated, which its ETag makes cheap. The type is the one found in the bytes at upload,
 * and {@code nosniff} stops a browser from guessing another.
 */
@Controller
class CompanyLogoController {

	private final CompanyLogos logos;

	CompanyLogoController(CompanyLogos logos) {
		this.logos = logos;
	}

	@GetMapping("/companies/{slug}/logo")
	ResponseEntity<byte[]> showLogo(@PathVariable String slug, @RequestParam(name = "v", required = false) String v) {
		CompanyLogos.Logo logo = this.logos.find(slug).orElseThrow(PageNotFoundException::new);
		CacheControl cache = logo.version().equals(v) ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
				: CacheControl.noCache().cachePublic();
		// with the ETag set, Spring MVC answers 304 Not Modified itself when If-None-Match has it
		String etag = "\"" + logo.version() + "\"";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.contentLength(logo.bytes().length)
			.cacheControl(cache)
			.eTag(etag)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(logo.bytes());
	}

}
