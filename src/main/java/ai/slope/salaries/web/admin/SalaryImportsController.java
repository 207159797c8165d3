package ai.slope.salaries.web.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.salaries.ImportRefusedException;
import ai.slope.salaries.SalaryCuration;
import ai.slope.salaries.ImportRejection;
import ai.slope.salaries.ImportReport;
import ai.slope.salaries.ImportFiles;
import ai.slope.salaries.ImportReports;
import ai.slope.salaries.SalaryImports;
import ai.slope.salaries.SalaryReview;
import ai.slope.salaries.TitleRules;
import ai.slope.web.Downloads;
import ai.slope.web.InputProblem;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;
import ai.slope.web.SpreadsheetCells;

/**
 * The salary data’s admin overview and imports: the overview with the import form and the imports so far, each
 * import’s progress and report (with its rejected rows, also as CSV). Imports run in the background: the upload is
 * checked at once (a file that cannot be imported is refused with the reason and nothing stored), then the page shows
 * the progress until the report is ready.
 */
@Controller
@RequestMapping(SalaryAdminViews.BASE)
class SalaryImportsController {

	private static final Logger log = LoggerFactory.getLogger(SalaryImportsController.class);

	private final SalaryCuration curation;

	private final ImportFiles files;

	private final SalaryImports imports;

	private final ImportReports reports;

	private final TitleRules rules;

	private final SalaryReview review;

	private final SalaryAdminViews views;

	private final TaskExecutor executor;

	private final MessageSource messages;

	SalaryImportsController(SalaryCuration curation, ImportFiles files, SalaryImports imports, ImportReports reports,
			TitleRules rules, SalaryReview review,
			SalaryAdminViews views, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			MessageSource messages) {
		this.curation = curation;
		this.files = files;
		this.imports = imports;
		this.reports = reports;
		this.rules = rules;
		this.review = review;
		this.views = views;
		this.executor = executor;
		this.messages = messages;
	}

	@GetMapping
	String showOverview(@PageableDefault(size = SalaryAdminViews.PAGE_SIZE) Pageable pageable,
			@RequestParam(name = "import", required = false) String importProblem, Model model) {
		Page<ImportReport> imports = this.reports.list(pageable);
		model.addAttribute("counts", this.review.statusCounts());
		model.addAttribute("unmapped", this.rules.unmapped(0, 1));
		model.addAttribute("queueSize", this.review.queueSize(null));
		model.addAttribute("imports", imports.getContent());
		model.addAttribute("pages", Pages.ofCurrentRequest(imports));
		model.addAttribute("maxMegabytes", ImportFiles.MAX_BYTES / (1024 * 1024));
		if ("too-big".equals(importProblem) && !model.containsAttribute("problem")) {
			model.addAttribute("problem",
					InputProblem.of(null, "salaries.import.refused.too-large", ImportFiles.MAX_BYTES / (1024 * 1024)));
		}
		return "salaries/admin/overview";
	}

	@PostMapping("/imports")
	String startImport(@CurrentUser SignedInUser admin, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		ImportFiles.CheckedFile checked;
		try {
			if (file == null || file.isEmpty()) {
				throw new ImportRefusedException((file == null || file.getOriginalFilename() == null
						|| file.getOriginalFilename().isBlank()) ? "no-file" : "empty");
			}
			checked = this.files.check(file.getOriginalFilename(), file.getInputStream());
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, ex.messageCode(), ex.argumentArray()));
			return "redirect:" + SalaryAdminViews.BASE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long adminId = admin.getId();
		long importId;
		try {
			importId = this.imports.begin(adminId, checked);
		}
		catch (RuntimeException ex) {
			this.files.discard(checked);
			throw ex;
		}
		this.executor.execute(() -> {
			try {
				this.curation.runImport(adminId, importId, checked);
			}
			catch (RuntimeException ex) {
				log.error("Salary import {} failed", importId, ex);
				this.imports.fail(importId, ex.getMessage());
			}
			finally {
				this.files.discard(checked);
			}
		});
		return "redirect:" + SalaryAdminViews.IMPORTS + "/" + importId;
	}

	@GetMapping("/imports/{id:\\d{1,18}}")
	String showImport(@PathVariable long id, @PageableDefault(size = SalaryAdminViews.PAGE_SIZE) Pageable pageable,
			Model model, Locale locale) {
		ImportReport report = this.reports.find(id).orElseThrow(PageNotFoundException::new);
		Page<ImportRejection> rejections = this.reports.rejections(report, pageable);
		model.addAttribute("report", report);
		model.addAttribute("rejections", rejections.stream()
			.map(r -> new SalaryAdminViews.RejectionRow(r.rowNumber(), this.views.reasons(r.reasons(), locale),
					r.line()))
			.toList());
		model.addAttribute("pages", Pages.ofCurrentRequest(rejections));
		model.addAttribute("importer", this.views.accountName(report.importedBy()));
		return "salaries/admin/import";
	}

	@GetMapping("/imports/{id:\\d{1,18}}/progress")
	String showProgress(@PathVariable long id, Model model, HttpServletResponse response) {
		ImportReport report = this.reports.find(id).orElseThrow(PageNotFoundException::new);
		if (!report.isRunning()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("report", report);
		return "salaries/admin/import :: progress";
	}

	@GetMapping("/imports/{id:\\d{1,18}}/rejections.csv")
	void downloadRejections(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		ImportReport report = this.reports.find(id).orElseThrow(PageNotFoundException::new);
		String name = "salary-import-" + id + "-rejected.csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(name).toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, private");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		printer.printRecord(message("salaries.import.csv.row", locale), message("salaries.import.csv.reasons", locale),
				message("salaries.import.csv.values", locale));
		this.reports.eachRejection(report.id(), rejection -> {
			try {
				printer.printRecord(Integer.toString(rejection.rowNumber()),
						SpreadsheetCells.neutralise(String.join("; ", this.views.reasons(rejection.reasons(), locale))),
						SpreadsheetCells.neutralise(rejection.line()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
