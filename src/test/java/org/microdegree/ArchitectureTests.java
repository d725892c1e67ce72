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

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.microdegree");

    @Test
    void pureModelPackagesDependOnlyOnTheJdkJSpecifyAndTheirOwnModule() {
        classes().that().resideInAnyPackage("..model..", "..rules..", "..engine..", "..building..", "..signing..")
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
    void sharedValueTypesAreFrameworkFree() {
        classes().that().resideInAPackage("org.microdegree.shared")
                .and().doNotHaveSimpleName("package-info")
                .should(dependOnlyOnJdkJSpecifyOwnModuleAndShared())
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> dependOnlyOnJdkJSpecifyOwnModuleAndShared() {
        return new ArchCondition<>("depend only on java.., org.jspecify.., org.microdegree.shared, pure models and their own module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String module = moduleOf(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = d.getTargetClass().getPackageName();
                    boolean ok = target.startsWith("java.") || target.startsWith("org.jspecify")
                            || target.startsWith("org.microdegree.shared") || d.getTargetClass().isPrimitive()
                            || d.getTargetClass().isArray() && d.getTargetClass().getBaseComponentType().getPackageName().startsWith("java")
                            || module != null && target.startsWith(module)
                            // another module's pure model (which modules may be used is Modulith's check)
                            || target.matches("org\\.microdegree\\.[a-z]+\\.model(\\..*)?");
                    if (!ok) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static String moduleOf(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : null;
    }
}
