package ai.slope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import ai.slope.jobs.JobPosting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules (one top-level package each) depend on each other only through their base packages, only on the
 * modules their {@code package-info.java} allows and without cycles; the module documentation that
 * docs/architecture.md links (docs/modules) is what the code gives.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SlopeApplication.class);

	static final Path WRITTEN = Path.of("target", "spring-modulith-docs");

	static final Path COMMITTED = Path.of("docs", "modules");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The posting entity guards its own transitions inside the jobs module; other modules get
	 * {@link ai.slope.jobs.PostingView}, {@link ai.slope.jobs.JobSummary} or ids. Only the demo data loader, which
	 * writes postings through {@link JobPosting#written}, may hold one.
	 */
	@Test
	void noModuleButJobsHoldsThePostingEntity() {
		noClasses().that()
			.resideOutsideOfPackages("ai.slope.jobs..", "ai.slope.demo..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(JobPosting.class)
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("ai.slope"));
	}

	/**
	 * Writes the diagrams (PlantUML) and the module canvases (AsciiDoc) to target and compares them with the copy in
	 * docs/modules. When they differ, the fresh ones replace the copy and the test fails: commit docs/modules. Lines
	 * are compared in any order (see {@link #lines}).
	 */
	@Test
	void theCommittedModuleDocumentationIsUpToDate() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Set<String> written = files(WRITTEN);
		Set<String> committed = files(COMMITTED);
		List<String> stale = new ArrayList<>();
		for (String name : union(written, committed)) {
			if (!written.contains(name) || !committed.contains(name)
					|| !lines(WRITTEN.resolve(name)).equals(lines(COMMITTED.resolve(name)))) {
				stale.add(name);
			}
		}
		if (!stale.isEmpty()) {
			refresh(stale, written);
		}
		assertThat(stale).as("files of %s that the code no longer gives; they were rewritten, commit them", COMMITTED)
			.isEmpty();
	}

	private static Set<String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.map(file -> file.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/**
	 * The file's lines in order, a list's first item ({@code |* …}, after the table cell it starts) read as the cell
	 * and an item like the others: Modulith lists beans and events in the order the classes were found.
	 */
	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.flatMap(line -> line.startsWith("|* ") ? Stream.of("|", line.substring(1)) : Stream.of(line))
			.sorted()
			.toList();
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> all = new TreeSet<>(one);
		all.addAll(other);
		return all;
	}

	private static void refresh(List<String> stale, Set<String> written) {
		try {
			Files.createDirectories(COMMITTED);
			for (String name : stale) {
				if (written.contains(name)) {
					Files.copy(WRITTEN.resolve(name), COMMITTED.resolve(name),
							java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
				else {
					Files.delete(COMMITTED.resolve(name));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
