package org.microdegree.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.Module;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing, exporting, editing and reviewing the catalogue on a real database. */
class CatalogueImportIT extends DatabaseIT {

    private static final Actor DESIGNER = Actor.person("a1", "designer",
            Set.of(Grant.of(Role.DESIGNER, "luh")));
    private static final Actor QUALITY = Actor.person("a2", "quality",
            Set.of(Grant.of(Role.QUALITY, "luh")));

    @Autowired Catalogue catalogue;
    @Autowired CatalogueImports catalogueImports;
    @Autowired CatalogueEditing catalogueEditing;

    @Test
    void importsTheWorkedExampleOnceAndThenChangesNothing() {
        ImportResult first = catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        assertThat(first.added()).isEqualTo(5 + 3 + 30 + 22 + 8);
        int journal = count("catalog_journal");
        ImportResult second = catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        assertThat(second.changedAnything()).isFalse();
        assertThat(second.unchanged()).isEqualTo(first.added());
        assertThat(count("catalog_journal")).isEqualTo(journal);
    }

    /** A partner's catalogue says its micro-credential is published, but it states no learning outcomes. */
    private static byte[] publishedWithoutLearningOutcomes() {
        return """
                format: microdegree-catalogue
                formatVersion: 1
                modules:
                  - id: luh:mb-robot-cell
                    title: {en: Robot Cell}
                    creditPoints: 5
                    eqfLevel: 7
                microCredentials:
                  - id: luh:mc-robotics
                    status: published
                    title: {en: Robotics in Production}
                    modules: [luh:mb-robot-cell]
                    creditPoints: 5
                    eqfLevel: 7
                    assessment: project
                    mode: blended
                    qualityAssurance: Internal quality assurance of LUH
                """.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedItemThatBreaksItsProfilesIsRefusedUnlessTheFindingsAreAcceptedAndTheJournalSaysWho() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        int items = count("catalog_item");
        assertThatThrownBy(() -> catalogue.importBundle("partner.yaml", publishedWithoutLearningOutcomes(), BundleSyntax.YAML, "cli:quinn"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.describe()).as("the item, as it has no such field").startsWith("partner.yaml:9:");
                    assertThat(v.path()).isEqualTo("microCredentials[0].learningOutcomes");
                    assertThat(v.reason()).contains("eu-2022/learning-outcomes", "--accept-findings");
                }));
        assertThat(count("catalog_item")).as("nothing written").isEqualTo(items);

        catalogue.importBundle("partner.yaml", publishedWithoutLearningOutcomes(), BundleSyntax.YAML, "cli:quinn", true);
        JournalEntry imported = catalogue.journal(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-robotics")).getFirst();
        assertThat(imported.actor()).isEqualTo("cli:quinn");
        assertThat(imported.to()).isEqualTo(LifecycleStatus.PUBLISHED);
        assertThat(imported.reason()).startsWith("partner.yaml; findings accepted: ").contains("eu-2022/learning-outcomes");
        assertThat(catalogue.journal(ItemKind.MODULE, ItemId.of("luh:mb-robot-cell")).getFirst().reason()).isEqualTo("partner.yaml");

        String draft = new String(publishedWithoutLearningOutcomes(), StandardCharsets.UTF_8).replace("status: published", "status: draft")
                .replace("luh:mc-robotics", "luh:mc-robotics-draft");
        catalogue.importBundle("draft.yaml", draft.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test");
        assertThat(catalogue.journal(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-robotics-draft")).getFirst().reason())
                .as("a draft is checked when it is submitted, not when it comes in").isEqualTo("draft.yaml");
    }

    @Test
    void exportGivesBackTheShippedExampleByteForByte() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        String shipped = new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*\\n", "");
        assertThat(new String(catalogue.export(BundleSyntax.YAML), StandardCharsets.UTF_8)).isEqualTo(shipped);
    }

    @Test
    void aBundleWithOneBadReferenceWritesNothingAtAll() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        byte[] before = catalogue.export(BundleSyntax.YAML);
        String broken = new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8)
                .replace("title:\n      en: Programming", "title:\n      en: Programming changed")
                .replace("- luh:mb-vision-quality\n", "- luh:no-such-module\n");
        assertThatThrownBy(() -> catalogue.importBundle("broken.yaml", broken.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.describe()).startsWith("broken.yaml:");
                    assertThat(v.line()).isPositive();
                    assertThat(v.reason()).contains("module 'luh:no-such-module' does not exist");
                }));
        assertThat(catalogue.export(BundleSyntax.YAML)).isEqualTo(before);
    }

    @Test
    void aPublishedVersionIsNeverChangedByAnImport() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        String changed = new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8).replace("en: Solar Energy\n", "en: Solar Power\n");
        assertThatThrownBy(() -> catalogue.importBundle("changed.yaml", changed.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().reason())
                        .contains("is published").contains("give the change version 2"));
    }

    @Test
    void aModuleGoesThroughReviewAndEveryStepIsJournaled() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        Module template = (Module) catalogue.find(ItemKind.MODULE, ItemId.of("luh:ml-fundamentals"), null, Catalogue.ALL).orElseThrow();
        ItemId id = ItemId.of("luh:ml-advanced");
        Module draft = new Module(id, 0, null, "INF-410", Text.of("Advanced Machine Learning", "Fortgeschrittenes maschinelles Lernen"),
                null, template.creditPoints(), template.eqfLevel(), null, null, template.learningOutcomes(), List.of("en"), template.mode(),
                template.assessment(), template.offering(), template.unit(), template.subjects(), template.skills());
        catalogueEditing.create(draft, DESIGNER);
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.SUBMIT, DESIGNER, "ready");
        assertThatThrownBy(() -> catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.PUBLISH, QUALITY, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("applies to approved or announced items");
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.APPROVE, QUALITY, "fine");
        CatalogueItem published = catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.PUBLISH, QUALITY, null);
        assertThat(published.status()).isEqualTo(LifecycleStatus.PUBLISHED);

        // a change to a published module makes version 2, a draft; version 1 stays published
        CatalogueItem v2 = catalogueEditing.update(draft, DESIGNER, "new outcome");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(LifecycleStatus.DRAFT);
        assertThat(catalogue.find(ItemKind.MODULE, id, null, Catalogue.PUBLIC)).get().extracting(CatalogueItem::version).isEqualTo(1);

        // publishing version 2 retires version 1
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.SUBMIT, DESIGNER, null);
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.APPROVE, QUALITY, null);
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.PUBLISH, QUALITY, null);
        assertThat(catalogue.<Module>versions(ItemKind.MODULE, id, Catalogue.ALL)).extracting(CatalogueItem::status)
                .containsExactly(LifecycleStatus.RETIRED, LifecycleStatus.PUBLISHED);

        assertThat(catalogue.journal(ItemKind.MODULE, id)).extracting(JournalEntry::action, JournalEntry::actor)
                .containsExactly(
                        Tuple.tuple("created", "designer"),
                        Tuple.tuple("submit", "designer"),
                        Tuple.tuple("approve", "quality"),
                        Tuple.tuple("publish", "quality"),
                        Tuple.tuple("new-version", "designer"),
                        Tuple.tuple("submit", "designer"),
                        Tuple.tuple("approve", "quality"),
                        Tuple.tuple("superseded", "quality"),
                        Tuple.tuple("publish", "quality"));
    }

    @Test
    void anApprovedModuleIsAnnouncedPublicButNotYetOpenThenPublishedOrWithdrawn() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        Module template = (Module) catalogue.find(ItemKind.MODULE, ItemId.of("luh:ml-fundamentals"), null, Catalogue.ALL).orElseThrow();
        ItemId id = ItemId.of("luh:ml-next-year");
        Module draft = new Module(id, 0, null, "INF-420", Text.en("Machine Learning Next Year"), null, template.creditPoints(),
                template.eqfLevel(), null, null, template.learningOutcomes(), List.of("en"), template.mode(), template.assessment(),
                template.offering(), template.unit(), template.subjects(), template.skills());
        catalogueEditing.create(draft, DESIGNER);
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.SUBMIT, DESIGNER, null);
        assertThatThrownBy(() -> catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.ANNOUNCE, QUALITY, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("announce applies to approved items");
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.APPROVE, QUALITY, null);
        assertThatThrownBy(() -> catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.ANNOUNCE, DESIGNER, null))
                .as("announcing is quality assurance's step").isInstanceOf(ForbiddenException.class);
        CatalogueItem announced = catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.ANNOUNCE, QUALITY, "opens in October");
        assertThat(announced.status()).isEqualTo(LifecycleStatus.ANNOUNCED);
        assertThat(catalogue.find(ItemKind.MODULE, id, null, Catalogue.PUBLIC)).as("public").isPresent();
        assertThat(catalogue.find(ItemKind.MODULE, id, null, java.util.Set.of(LifecycleStatus.PUBLISHED))).as("not open").isEmpty();

        // a change to an announced module makes a new version, as for a published one
        assertThat(catalogueEditing.update(draft, DESIGNER, "another outcome").version()).isEqualTo(2);
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.SUBMIT, DESIGNER, null);
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.APPROVE, QUALITY, null);
        catalogueEditing.transition(ItemKind.MODULE, id, LifecycleAction.PUBLISH, QUALITY, null);
        assertThat(catalogue.<Module>versions(ItemKind.MODULE, id, Catalogue.ALL)).extracting(CatalogueItem::status)
                .as("publishing version 2 retires the announcement of version 1")
                .containsExactly(LifecycleStatus.RETIRED, LifecycleStatus.PUBLISHED);
    }

    @Test
    void modulesComeFromAnExamOfficeCsvWithLineAndColumnInEveryError() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        String csv = """
                id;code;title_en;title_de;credit_points;eqf_level;languages;mode;assessment;unit;skills
                luh:csv-one;X-1;Statistics for Engineers;Statistik für Ingenieure;5;6;de|en;on-site;written-exam;luh:fak-eei;http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833
                luh:csv-two;X-2;Optimisation;;2.5;7;en;online;oral-exam;luh:fak-eei;
                """;
        ImportResult ok = catalogueImports.importModulesCsv("modules.csv", csv.getBytes(StandardCharsets.UTF_8), "exam-office");
        assertThat(ok.added()).isEqualTo(2);
        assertThat(catalogueImports.importModulesCsv("modules.csv", csv.getBytes(StandardCharsets.UTF_8), "exam-office").changedAnything()).isFalse();

        String bad = csv.replace(";2.5;7;", ";2.55;9;").replace("luh:fak-eei;\n", "luh:no-unit;\n");
        assertThatThrownBy(() -> catalogueImports.importModulesCsv("modules.csv", bad.getBytes(StandardCharsets.UTF_8), "exam-office"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.describe())
                        .containsExactlyInAnyOrder(
                                "modules.csv:3:5: credit_points: credit points have at most one decimal place, got 2.55",
                                "modules.csv:3:6: eqf_level: EQF levels run from 1 to 8, got 9"));
        String unknownUnit = csv.replace("luh:fak-eei;\n", "luh:no-unit;\n");
        assertThatThrownBy(() -> catalogueImports.importModulesCsv("modules.csv", unknownUnit.getBytes(StandardCharsets.UTF_8), "exam-office"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.describe())
                        .containsExactly("modules.csv:3:10: unit: organisational unit 'luh:no-unit' does not exist"));
    }

    @Test
    void anExamOfficeExportNamesItsInstitutionWhichNeedNotExistBefore() {
        String csv = """
                id;title_en;credit_points;eqf_level;institution_name;institution_country;institution_legal_identifier
                uh:mod-data-1;Data Literacy;2;6;University of Helsinki;FI;FI HELSINK01
                uh:mod-data-2;Data Ethics;1;6;University of Helsinki;FI;FI HELSINK01
                """;
        assertThatThrownBy(
                () -> catalogueImports.importModulesCsv("uh.csv", "id;title_en;credit_points;eqf_level\nuh:x;X;2;6\n".getBytes(StandardCharsets.UTF_8),
                        "office"))
                .as("without the columns, the institution must exist").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("institution 'uh'");
        assertThat(catalogueImports.importModulesCsv("uh.csv", csv.getBytes(StandardCharsets.UTF_8), "office").added()).isEqualTo(3);
        assertThat(catalogue.institution("uh").orElseThrow()).satisfies(uh -> {
            assertThat(uh.name().en()).isEqualTo("University of Helsinki");
            assertThat(uh.country()).isEqualTo("FI");
            assertThat(uh.legalIdentifier()).isEqualTo("FI HELSINK01");
        });

        String contradicting = csv.replace("uh:mod-data-2;Data Ethics;1;6;University of Helsinki;FI", "uh:mod-data-2;Data Ethics;1;6;Helsingin yliopisto;FI")
                .replace("uh:mod", "uh:other");
        assertThatThrownBy(() -> catalogueImports.importModulesCsv("uh.csv", contradicting.getBytes(StandardCharsets.UTF_8), "office"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::describe)
                        .containsExactly("uh.csv:3:5: institution_name: names institution 'uh' otherwise than an earlier row (University of Helsinki, FI)"));

        // a stored institution is never overwritten by a CSV's poorer record
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        var luh = catalogue.institution("luh").orElseThrow();
        catalogueImports.importModulesCsv("luh.csv", "id;title_en;credit_points;eqf_level;institution_name;institution_country\nluh:csv-x;X;2;6;LUH;DE\n"
                .getBytes(StandardCharsets.UTF_8), "office");
        assertThat(catalogue.institution("luh").orElseThrow()).isEqualTo(luh);
    }
}
