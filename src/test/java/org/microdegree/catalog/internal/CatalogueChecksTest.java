package org.microdegree.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;
import org.microdegree.skills.internal.ShippedEscoSkillsAccess;

class CatalogueChecksTest {

    private final CatalogueChecks checks = new CatalogueChecks(ShippedEscoSkillsAccess.create()::isSkill);
    private final CatalogueBundle example = Fixtures.workedExample();

    @Test
    void theWorkedExamplePassesEveryStructuralCheck() {
        assertThat(checks.check(example, nothingStored())).isEmpty();
    }

    @Test
    void aMicroCredentialNamingAModuleThatDoesNotExistIsRefusedAtThatReference() {
        MicroCredential mc = example.microCredentials().getFirst();
        List<ItemId> modules = new ArrayList<>(mc.modules());
        modules.add(ItemId.of("luh:no-such-module"));
        List<Violation> found = checks.check(replaceFirstMicroCredential(withModules(mc, modules)), nothingStored());
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("microCredentials[0].modules[1]");
            assertThat(v.reason()).contains("module 'luh:no-such-module' does not exist");
        });
    }

    @Test
    void anInstitutionsCertificateBrandingIsInlineSmallAndComplete() {
        Institution luh = example.institutions().stream().filter(i -> i.id().value().equals("luh")).findFirst().orElseThrow();
        Institution.CertificateBranding bad = new Institution.CertificateBranding("https://evil.example/logo.png",
                new Institution.Signatory(" ", null, "data:image/png;base64,not base64!"), null, "RQF");
        Institution branded = new Institution(luh.id(), luh.name(), luh.shortName(), luh.country(), luh.legalIdentifier(), luh.kind(),
                luh.homepage(), luh.units(), bad);
        List<Institution> institutions = example.institutions().stream().map(i -> i.id().equals(luh.id()) ? branded : i).toList();
        CatalogueBundle bundle = new CatalogueBundle(example.format(), 1, institutions, example.studyProgrammes(),
                example.modules(), example.microCredentials(), example.microDegrees());
        int at = institutions.indexOf(branded);
        assertThat(checks.check(bundle, nothingStored())).extracting(Violation::path).containsExactlyInAnyOrder(
                "institutions[" + at + "].certificate.logo", "institutions[" + at + "].certificate.signatory.name",
                "institutions[" + at + "].certificate.signatory.role", "institutions[" + at + "].certificate.signatory.signature",
                "institutions[" + at + "].certificate.nationalFramework");
    }

    @Test
    void aSkillMustBeAnEsco12SkillUri() {
        Module m = example.modules().getFirst();
        Module tagged = new Module(m.id(), m.version(), m.status(), m.code(), m.title(), m.description(), m.creditPoints(),
                m.eqfLevel(), null, null, m.learningOutcomes(), m.languages(), m.mode(), m.assessment(), m.offering(), m.unit(), m.subjects(),
                List.of("http://data.europa.eu/esco/skill/not-a-skill"));
        List<Module> modules = new ArrayList<>(example.modules());
        modules.set(0, tagged);
        CatalogueBundle bundle = new CatalogueBundle(example.format(), 1, example.institutions(), example.studyProgrammes(),
                modules, example.microCredentials(), example.microDegrees());
        assertThat(checks.check(bundle, nothingStored())).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("modules[0].skills[0]"));
    }

    @Test
    void aProgrammeNestedInItselfCouldNeverBeCompleted() {
        MicroDegreeProgramme md = Fixtures.aiInProduction();
        MicroDegreeProgramme loop = new MicroDegreeProgramme(md.id(), 1, md.status(), md.title(), null,
                new Requirement.AllOf(List.of(md.requirements(), new Requirement.Unit(ItemKind.MICRO_DEGREE, md.id(), Requirement.Options.DEFAULT)),
                        Requirement.Options.DEFAULT),
                md.creditPoints(), md.eqfLevel(), null, null, md.labourMarketRationale(), md.targetGroups(), md.participatingInstitutions(),
                md.ruleProfiles(), false, md.languages(), md.mode(), md.skills(), md.unit(), md.counsellingContact(), md.qualityAssurance(), null, null, null,
                null, null, null);
        CatalogueBundle bundle = CatalogueBundle.of(example.institutions(),
                Stream.concat(example.modules().stream(), Stream.concat(example.microCredentials().stream(), Stream.of(loop))).toList());
        assertThat(checks.check(bundle, nothingStored())).extracting(Violation::reason).anyMatch(r -> r.contains("contains itself"));
    }

    @Test
    void aProgrammeWithoutARequirementTreeIsRefusedAtThatFieldNotWithAnException() {
        MicroDegreeProgramme md = Fixtures.aiInProduction();
        MicroDegreeProgramme treeless = new MicroDegreeProgramme(md.id(), 1, md.status(), md.title(), null, null,
                md.creditPoints(), md.eqfLevel(), null, null, md.labourMarketRationale(), md.targetGroups(), md.participatingInstitutions(),
                md.ruleProfiles(), false, md.languages(), md.mode(), md.skills(), md.unit(), md.counsellingContact(), md.qualityAssurance(), null, null, null,
                null, null, null);
        CatalogueBundle bundle = CatalogueBundle.of(example.institutions(),
                Stream.concat(example.modules().stream(), Stream.concat(example.microCredentials().stream(),
                        Stream.of(treeless))).toList());
        assertThat(checks.check(bundle, nothingStored())).extracting(v -> v.path() + ": " + v.reason())
                .containsExactly("microDegrees[0].requirements: required: the requirement tree");
    }

    @Test
    void anIdOutsideAnyInstitutionIsRefused() {
        Module module = example.modules().getFirst();
        CatalogueBundle bundle = CatalogueBundle.of(List.of(), List.of(module));
        assertThat(checks.check(bundle, nothingStored())).extracting(Violation::reason)
                .contains("institution '" + module.id().institution() + "' (the prefix of the id) does not exist");
    }

    private CatalogueBundle replaceFirstMicroCredential(MicroCredential mc) {
        List<MicroCredential> mcs = new ArrayList<>(example.microCredentials());
        mcs.set(0, mc);
        return new CatalogueBundle(example.format(), 1, example.institutions(), example.studyProgrammes(), example.modules(), mcs, example.microDegrees());
    }

    private static MicroCredential withModules(MicroCredential c, List<ItemId> modules) {
        return new MicroCredential(c.id(), c.version(), c.status(), c.title(), c.description(), modules, c.learningOutcomes(),
                c.creditPoints(), c.eqfLevel(), null, null, c.subjectAreas(), c.applicationDomains(), c.skills(), c.languages(), c.mode(),
                c.assessment(), c.offering(), c.iscedField(), c.unit(), c.platform(), c.counsellingContact(), c.qualityAssurance(),
                c.prerequisites(), c.supervision(), c.stackability(), c.furtherInformation(), List.of(), null, null);
    }

    static CatalogueChecks.Known nothingStored() {
        return new CatalogueChecks.Known() {
            @Override
            public boolean institution(String id) {
                return false;
            }

            @Override
            public boolean unit(ItemId unit) {
                return false;
            }

            @Override
            public boolean item(ItemKind kind, ItemId id) {
                return false;
            }

            @Override
            public List<ItemId> nestedProgrammes(ItemId microDegree) {
                return List.of();
            }
        };
    }
}
