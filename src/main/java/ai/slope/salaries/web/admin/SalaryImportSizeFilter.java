package ai.slope.salaries.web.admin;

import org.springframework.stereotype.Component;

import ai.slope.salaries.ImportFiles;
import ai.slope.web.UploadSizeFilter;

/**
 * Sends a salary CSV that is plainly over the import’s limit back to the salary page with a message, before
 * anything reads it.
 */
@Component
class SalaryImportSizeFilter extends UploadSizeFilter {

	SalaryImportSizeFilter() {
		super(SalaryAdminViews.IMPORTS, ImportFiles.MAX_BYTES, SalaryAdminViews.BASE + "?import=too-big");
	}

}
