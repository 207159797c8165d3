package ai.slope.companies.web;

import org.springframework.stereotype.Component;

import ai.slope.companies.CompanyLogos;
import ai.slope.web.UploadSizeFilter;

/**
 * Sends a logo upload over 1 MB back to the company page with a message, before anything reads it.
 */
@Component
class LogoUploadSizeFilter extends UploadSizeFilter {

	LogoUploadSizeFilter() {
		super("/recruiter/company/logo", CompanyLogos.MAX_BYTES, "/recruiter/company?logo=too-big#logo");
	}

}
