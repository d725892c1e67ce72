package org.microdegree.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.InstitutionKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Mode;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Offering;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Stackability;
import org.microdegree.catalog.model.Supervision;
import org.microdegree.catalog.model.UnitKind;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * Generates a realistic, valid catalogue of any size from a seed: the same seed gives the same
 * bundle. Used for benchmarks and property tests.
 */
public final class SyntheticCatalogue {

    private static final String[] INSTITUTIONS = {"luh", "lut", "but", "tuw", "upm"};
    private static final String[] COUNTRIES = {"DE", "FI", "CZ", "AT", "ES"};
    private static final String[] TOPICS = {"Machine Learning", "Data Engineering", "AI Ethics", "Solar Energy", "Smart Grids",
            "Circular Economy", "Geodata", "Robotics", "Energy Storage", "Digital Twins", "Lean Production", "Building Physics"};
    private static final String[] LEVELS = {"Foundations of", "Applied", "Advanced", "Project in", "Seminar on"};

    private final List<String> skills;

    /** @param skills the ESCO skill URIs to tag items with */
    public SyntheticCatalogue(List<String> skills) {
        this.skills = List.copyOf(skills);
    }

    public CatalogueBundle generate(long seed, int modules, int microCredentials, int microDegrees) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Institution> institutions = new ArrayList<>();
        for (int i = 0; i < INSTITUTIONS.length; i++) {
            String id = INSTITUTIONS[i];
            List<Institution.Unit> units = new ArrayList<>();
            for (int u = 1; u <= 3; u++) {
                units.add(new Institution.Unit(ItemId.of(id + ":unit-" + u), Text.en("Faculty " + u + " of " + id.toUpperCase()), UnitKind.FACULTY));
            }
            institutions.add(new Institution(InstitutionId.of(id), Text.en("University " + id.toUpperCase()), id.toUpperCase(),
                    COUNTRIES[i], "EU-" + id.toUpperCase(), InstitutionKind.UNIVERSITY, null, units));
        }
        List<CatalogueItem> items = new ArrayList<>();
        List<Module> mods = new ArrayList<>();
        for (int i = 0; i < modules; i++) {
            String inst = INSTITUTIONS[i % INSTITUTIONS.length];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            int cp = 2 + random.nextInt(3) + (random.nextInt(4) == 0 ? 3 : 0);
            Module m = new Module(ItemId.of(String.format("%s:m%05d", inst, i)), 1, LifecycleStatus.PUBLISHED,
                    String.format("M-%05d", i), Text.of(LEVELS[random.nextInt(LEVELS.length)] + " " + topic + " " + i, null),
                    null, CreditPoints.of(cp), EqfLevel.of(6 + random.nextInt(2)),
                    List.of(Text.en("Apply " + topic.toLowerCase() + " methods to problem " + i + ".")),
                    List.of(random.nextBoolean() ? "en" : "de"), Mode.values()[random.nextInt(3)],
                    AssessmentType.values()[random.nextInt(5)], Offering.values()[random.nextInt(4)],
                    ItemId.of(inst + ":unit-" + (1 + random.nextInt(3))), List.of(slug(topic)), pickSkills(random, 1 + random.nextInt(3)));
            mods.add(m);
            items.add(m);
        }
        List<MicroCredential> mcs = new ArrayList<>();
        for (int i = 0; i < microCredentials; i++) {
            String inst = INSTITUTIONS[i % INSTITUTIONS.length];
            List<ItemId> parts = new ArrayList<>();
            CreditPoints cp = CreditPoints.ZERO;
            int count = 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                // modules of the same institution: index ≡ institution (mod 5)
                int index = (random.nextInt(Math.max(1, modules / INSTITUTIONS.length)) * INSTITUTIONS.length + i % INSTITUTIONS.length);
                Module m = mods.get(Math.min(index, mods.size() - 1));
                if (!parts.contains(m.id()) && m.id().institution().equals(inst)) {
                    parts.add(m.id());
                    cp = cp.plus(m.creditPoints());
                }
            }
            if (parts.isEmpty()) {
                Module m = mods.get(i % INSTITUTIONS.length);
                parts.add(m.id());
                cp = m.creditPoints();
            }
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            MicroCredential mc = new MicroCredential(ItemId.of(String.format("%s:mc%04d", inst, i)), 1, LifecycleStatus.PUBLISHED,
                    Text.of(topic + " " + i, null), null, parts, List.of(Text.en("Apply " + topic.toLowerCase() + " in practice.")),
                    cp, EqfLevel.of(6 + random.nextInt(2)), List.of(random.nextBoolean() ? "digitalisation" : "sustainability"),
                    List.of("production"), pickSkills(random, 1 + random.nextInt(3)), List.of("en"), Mode.BLENDED,
                    AssessmentType.PROJECT, Offering.EVERY_SEMESTER, "0613", ItemId.of(inst + ":unit-1"), "KI-Campus",
                    "counselling@" + inst + ".example", "Internal quality assurance of " + inst.toUpperCase(), null,
                    Supervision.SUPERVISED_WITH_ID, Stackability.STACKABLE, null);
            mcs.add(mc);
            items.add(mc);
        }
        for (int i = 0; i < microDegrees; i++) {
            String inst = INSTITUTIONS[i % INSTITUTIONS.length];
            List<Requirement> parts = new ArrayList<>();
            CreditPoints cp = CreditPoints.ZERO;
            int count = 3 + random.nextInt(2);
            List<ItemId> used = new ArrayList<>();
            while (parts.size() < count) {
                MicroCredential mc = mcs.get(random.nextInt(mcs.size()));
                if (!used.contains(mc.id())) {
                    used.add(mc.id());
                    parts.add(new Requirement.Unit(org.microdegree.catalog.model.ItemKind.MICRO_CREDENTIAL, mc.id(), Requirement.Options.DEFAULT));
                    cp = cp.plus(mc.creditPoints());
                }
            }
            items.add(new MicroDegreeProgramme(ItemId.of(String.format("%s:md%03d", inst, i)), 1, LifecycleStatus.PUBLISHED,
                    Text.of("Micro-degree " + i, null), null, new Requirement.AllOf(parts, Requirement.Options.DEFAULT), cp,
                    EqfLevel.of(7), Text.en("Employers ask for this combination."), List.of("professionals"), List.of(),
                    List.of("luh-2023"), false, List.of("en"), Mode.BLENDED, List.of(), null, "counselling@" + inst + ".example",
                    "Internal quality assurance", null));
        }
        return CatalogueBundle.of(institutions, items);
    }

    private List<String> pickSkills(SplittableRandom random, int n) {
        List<String> picked = new ArrayList<>(n);
        while (picked.size() < n && !skills.isEmpty()) {
            String s = skills.get(random.nextInt(skills.size()));
            if (!picked.contains(s)) {
                picked.add(s);
            }
        }
        return picked;
    }

    private static String slug(String s) {
        return s.toLowerCase().replace(' ', '-');
    }
}
