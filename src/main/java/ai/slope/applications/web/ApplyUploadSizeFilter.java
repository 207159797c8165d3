package ai.slope.applications.web;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ai.slope.candidates.PdfCheck;
import ai.slope.web.UploadSizeFilter;

/**
 * Sends an application whose résumé is plainly over 5 MB back to its apply form with a message, before anything
 * reads it (the cover note is lost with it: the form says so, and nothing was stored).
 */
@Component
class ApplyUploadSizeFilter extends UploadSizeFilter {

	private static final Pattern APPLY = Pattern.compile("/jobs/(\\d{1,18})/apply");

	ApplyUploadSizeFilter() {
		super("/jobs/{id}/apply", PdfCheck.MAX_BYTES, "/jobs");
	}

	@Override
	protected boolean isUploadPath(String path) {
		return APPLY.matcher(path).matches();
	}

	@Override
	protected String tooBigLocation(String path) {
		return path + "?resume=too-big";
	}

}
