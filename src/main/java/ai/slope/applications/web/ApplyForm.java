package ai.slope.applications.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the apply form sends.
 * @param resumeSource {@code profile} to send the profile's résumé, {@code upload} to send the chosen file
 * @param resume the chosen file, or null
 */
record ApplyForm(String coverNote, String resumeSource, MultipartFile resume) {

	static final String PROFILE = "profile";

	static final String UPLOAD = "upload";

	boolean useProfileResume() {
		return PROFILE.equals(this.resumeSource);
	}

}
