package org.microdegree.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;

class BundleFormatTest {

    private final BundleFormat format = new BundleFormat();

    @Test
    void readsTheWorkedExampleWithItsFiveUniversitiesAndProgrammes() {
        CatalogueBundle example = Fixtures.workedExample();
        assertThat(example.institutions()).extracting(i -> i.id().value()).containsExactlyInAnyOrder("luh", "lut", "but", "tuw", "upm");
        assertThat(example.microDegrees()).extracting(md -> md.title().en())
                .contains("AI in Production", "Solar Energy", "AI Essentials", "Sustainable Engineering");
    }

    @Test
    void theJointMasterCountsTwelveMicroCredentialsByTheNegotiatedQuota() {
        MicroDegreeProgramme master = Fixtures.sustainableEngineeringJointMaster();
        Requirement.Quota quota = (Requirement.Quota) master.requirements().children().getLast();
        assertThat(quota.shares()).extracting(s -> s.institution().value() + "=" + s.count())
                .containsExactly("luh=3", "lut=2", "but=2", "tuw=3", "upm=2");
        assertThat(quota.total()).isEqualTo(12);
        assertThat(quota.options().sharing()).isEqualTo(Sharing.SHARED);
        assertThat(master.nestedProgrammes()).hasSize(4);
        assertThat(master.jointAward()).isTrue();
    }

    @Test
    void writingAndReadingGivesTheSameCatalogueInBothSyntaxes() {
        CatalogueBundle example = Fixtures.workedExample();
        for (BundleSyntax syntax : BundleSyntax.values()) {
            byte[] written = format.write(example, syntax);
            assertThat(format.read("x", written, syntax).bundle()).isEqualTo(example);
            assertThat(format.write(format.read("x", written, syntax).bundle(), syntax)).isEqualTo(written);
        }
    }

    @Test
    void aYamlSyntaxErrorNamesFileLineAndColumn() {
        String yaml = """
                format: microdegree-catalogue
                formatVersion: 1
                modules:
                  - id: luh:x
                   title: broken indentation
                """;
        Violation v = single(() -> read(yaml));
        assertThat(v.source()).isEqualTo("bad.yaml");
        assertThat(v.line()).isEqualTo(5);
        assertThat(v.reason()).startsWith("syntax error");
    }

    @Test
    void anUnknownFieldNamesItsLineAndPath() {
        String yaml = """
                format: microdegree-catalogue
                formatVersion: 1
                modules:
                  - id: luh:x
                    titel: typo
                """;
        Violation v = single(() -> read(yaml));
        assertThat(v.path()).isEqualTo("modules[0].titel");
        assertThat(v.line()).isEqualTo(5);
        assertThat(v.reason()).contains("unknown field 'titel'").contains("title");
    }

    @Test
    void aWrongValueNamesTheFieldAndTheAllowedValues() {
        String yaml = """
                format: microdegree-catalogue
                formatVersion: 1
                modules:
                  - id: luh:x
                    title: X
                    creditPoints: 5
                    eqfLevel: 6
                    mode: hybrid
                """;
        Violation v = single(() -> read(yaml));
        assertThat(v.path()).isEqualTo("modules[0].mode");
        assertThat(v.line()).isEqualTo(8);
        assertThat(v.reason()).contains("'hybrid'").contains("on-site, online, blended");
    }

    @Test
    void everyEntryWithAMistakeIsNamedAtOnceInTheOrderOfTheFile() {
        String yaml = """
                format: microdegree-catalogue
                formatVersion: 1
                modules:
                  - id: luh:m-1
                    title: One
                    creditPoints: five
                    eqfLevel: 6
                  - id: luh:m-2
                    title: Two
                    creditPoints: 5
                    eqfLevel: 6
                  - id: luh:m-3
                    title: Three
                    creditPoints: 5
                    eqfLevel: 6
                    mode: hybrid
                microCredentials:
                  - id: luh:mc-1
                    title: MC
                    creditPoints: 5
                    eqfLevel: 6
                    colour: blue
                """;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(yaml));
        assertThat(e.violations()).extracting(v -> v.line() + " " + v.path()).containsExactly(
                "6 modules[0].creditPoints", "16 modules[2].mode", "22 microCredentials[0].colour");
        assertThat(e.violations()).extracting(Violation::source).containsOnly("bad.yaml");
        assertThat(e.violations().get(1).reason()).contains("'hybrid'");
        assertThat(e.violations().get(2).reason()).contains("unknown field 'colour'");
    }

    @Test
    void aMistakeDeepInARequirementTreeNamesTheNode() {
        String yaml = """
                format: microdegree-catalogue
                formatVersion: 1
                microDegrees:
                  - id: luh:md
                    title: X
                    creditPoints: 10
                    eqfLevel: 7
                    requirements:
                      allOf:
                        - microCredential: luh:a
                        - atLeast: 3
                          of:
                            - microCredential: luh:b
                            - microCredential: luh:c
                """;
        Violation v = single(() -> read(yaml));
        assertThat(v.path()).isEqualTo("microDegrees[0].requirements.allOf[1].atLeast");
        assertThat(v.line()).isEqualTo(11);
        assertThat(v.reason()).contains("asks for 3 but only 2");
    }

    @Test
    void readsEveryKindOfRequirementNode() {
        String yaml = """
                format: microdegree-catalogue
                formatVersion: 1
                microDegrees:
                  - id: luh:md
                    title: X
                    creditPoints: 10
                    eqfLevel: 7
                    requirements:
                      allOf:
                        - module: luh:m
                        - minCredits: 7.5
                          from: [{microCredential: luh:a}, {microCredential: luh:b}]
                          sharing: shared
                        - quota: [{institution: luh, count: 1}]
                          from: [{microDegree: luh:inner, label: Inner}]
                """;
        Requirement tree = read(yaml).microDegrees().getFirst().requirements();
        assertThat(tree.children()).hasSize(3);
        assertThat(tree.children().get(0)).isEqualTo(new Requirement.Unit(ItemKind.MODULE, ItemId.of("luh:m"), Requirement.Options.DEFAULT));
        assertThat(((Requirement.MinCredits) tree.children().get(1)).credits()).hasToString("7.5");
        assertThat(tree.children().get(1).options().sharing()).isEqualTo(Sharing.SHARED);
        assertThat(tree.children().get(2).children().getFirst().options().label()).isEqualTo("Inner");
    }

    @Test
    void refusesAnotherFormat() {
        Violation v = single(() -> read("format: something-else\nformatVersion: 1\n"));
        assertThat(v.path()).isEqualTo("format");
        assertThat(v.line()).isEqualTo(1);
    }

    @Test
    void aJsonSyntaxErrorNamesTheLine() {
        InvalidInputException e = Assertions.assertThrows(InvalidInputException.class,
                () -> format.read("bad.json", "{\n  \"format\": \"microdegree-catalogue\",\n  \"formatVersion\": 1,,\n}".getBytes(StandardCharsets.UTF_8),
                        BundleSyntax.JSON));
        assertThat(e.violations().getFirst().line()).isEqualTo(3);
    }

    private CatalogueBundle read(String yaml) {
        return format.read("bad.yaml", yaml.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML).bundle();
    }

    private static Violation single(ThrowableAssert.ThrowingCallable call) {
        InvalidInputException[] caught = new InvalidInputException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> caught[0] = e);
        assertThat(caught[0].violations()).hasSize(1);
        return caught[0].violations().getFirst();
    }
}
