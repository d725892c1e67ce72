package org.microdegree;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Pure model code stays pure; nothing depends on the web or the command line. */
class ArchitectureTests {

    /** Packages of pure domain code: records, rules and algorithms, no framework, no I/O. */
    private static final String[] PURE = {"..model..", "..rules..", "..engine..", "..building.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.microdegree");

    @Test
    void pureModelPackagesDependOnlyOnTheJdkJSpecifyAndTheirOwnModule() {
        classes().that().resideInAnyPackage(PURE)
                .and().doNotHaveSimpleName("package-info")
                .should(dependOnlyOnJdkJSpecifyOwnModuleAndShared())
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheWebOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.microdegree.web..", "org.microdegree.cli..")
                .and().doNotHaveSimpleName("MicrodegreeApplication")
                .should().dependOnClassesThat().resideInAnyPackage("org.microdegree.web..", "org.microdegree.cli..")
                .check(CLASSES);
    }

    @Test
    void demoDataIsUsedByTheCommandLineOnly() {
        noClasses().that().resideOutsideOfPackages("org.microdegree.demo..", "org.microdegree.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.microdegree.demo..")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesAreFrameworkFree() {
        classes().that().resideInAPackage("org.microdegree.shared")
                .and().doNotHaveSimpleName("package-info")
                .should(dependOnlyOnJdkJSpecifyOwnModuleAndShared())
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> dependOnlyOnJdkJSpecifyOwnModuleAndShared() {
        return new ArchCondition<>("depend only on java.., org.jspecify.., org.microdegree.shared and pure packages") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String module = moduleOf(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = d.getTargetClass().getPackageName();
                    boolean ok = target.startsWith("java.") || target.startsWith("org.jspecify")
                            || target.startsWith("org.microdegree.shared") || d.getTargetClass().isPrimitive()
                            || d.getTargetClass().isArray() && d.getTargetClass().getBaseComponentType().getPackageName().startsWith("java")
                    // their own module's pure packages, and other modules' models (which modules
                    // may be used is Modulith's check)
                            || module != null && target.startsWith(module) && pure(target)
                            || target.matches("org\\.microdegree\\.[a-z]+\\.model(\\..*)?");
                    if (!ok) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static boolean pure(String pkg) {
        return (pkg + ".").matches("org\\.microdegree\\.[a-z]+(\\.[a-z]+)*\\.(model|rules|engine|building)\\..*");
    }

    private static String moduleOf(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : null;
    }
}
