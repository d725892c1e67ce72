package org.microdegree;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules and their allowed dependencies, as ARCHITECTURE.md declares them. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MicrodegreeApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        modules.verify();
    }

    /** The module diagrams and canvases in docs/modules, kept in the repository and rewritten by every build. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
    }
}
