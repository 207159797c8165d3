package ai.slope.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ai.slope.salaries.ImportReport;
import ai.slope.salaries.ImportReports;
import ai.slope.salaries.SalaryImports;
import ai.slope.salaries.TitleRules;

/**
 * The demo’s salary data: the default rules for common AI titles, then the aijobs.net salary index imported, so
 * the explorer and the posting pages have figures from the first start. Done once, into a database with no
 * import yet.
 */
@Component
@ConditionalOnBooleanProperty("slope.demo.enabled")
class DemoSalaries {

	private static final Logger log = LoggerFactory.getLogger(DemoSalaries.class);

	static final String INDEX = "data/aijobs-salaries-2025-01-19.csv";

	private final SalaryImports imports;

	private final ImportReports reports;

	private final TitleRules rules;

	private final String resource;

	private final DemoLock lock;

	DemoSalaries(SalaryImports imports, ImportReports reports, TitleRules rules,
			@Value("${slope.demo.salaries:" + INDEX + "}") String resource, LockProvider locks) {
		this.imports = imports;
		this.reports = reports;
		this.rules = rules;
		this.resource = resource;
		this.lock = new DemoLock(locks);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(60)
	public void loadOnStartup() {
		loadIfEmpty();
	}

	/**
	 * @return the import’s report, or null when the database had an import already (or another instance is
	 * importing the demo salaries)
	 */
	ImportReport loadIfEmpty() {
		if (this.reports.count() > 0) {
			log.info("Demo salaries not loaded: the database holds an import already");
			return null;
		}
		ImportReport report = this.lock.whileHeld("demo-salaries", this::loadUnlessImported).orElse(null);
		if (report == null) {
			log.info("Demo salaries not loaded here: another instance loads them or has loaded them");
		}
		return report;
	}

	private ImportReport loadUnlessImported() {
		if (this.reports.count() > 0) {
			return null;
		}
		int added = this.rules.addDefaults(null);
		ClassPathResource file = new ClassPathResource(this.resource);
		try (InputStream in = file.getInputStream()) {
			ImportReport report = this.imports.importNow(null, file.getFilename(), in);
			log.info("Demo salaries loaded: {} default title rules, {} of {} rows imported", added, report.imported(),
					report.rowsRead());
			return report;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
