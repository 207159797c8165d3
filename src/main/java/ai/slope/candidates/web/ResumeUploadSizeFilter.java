package ai.slope.candidates.web;

import org.springframework.stereotype.Component;

import ai.slope.candidates.Resumes;
import ai.slope.web.UploadSizeFilter;

/**
 * Sends a résumé upload over 5 MB back to the profile page with a message, before anything reads it.
 */
@Component
class ResumeUploadSizeFilter extends UploadSizeFilter {

	ResumeUploadSizeFilter() {
		super("/profile/resume", Resumes.MAX_BYTES, "/profile?resume=too-big#resume");
	}

}
