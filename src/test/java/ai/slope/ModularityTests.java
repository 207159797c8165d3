package ai.slope;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (one top-level package each) depend on each other only through their base packages and
 * without cycles; the module documentation in target/spring-modulith-docs is written from the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SlopeApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
