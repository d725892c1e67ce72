package org.microdegree.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.InstitutionKind;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Mode;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Offering;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
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
 * bundle. Its micro-credentials and programmes meet the rules of luh-2023 and eu-2022 by
 * construction, with varied requirement trees. Used for benchmarks and property tests.
 */
public final class SyntheticCatalogue {

    // the worked example's alliance first; larger presets add universities u006, u007, ... in other EU countries
    private static final String[] ALLIANCE = {"luh", "lut", "but", "tuw", "upm"};
    private static final String[] COUNTRIES = {"DE", "FI", "CZ", "AT", "ES", "FR", "IT", "NL", "PL", "PT", "SE", "BE", "DK", "IE", "GR",
            "HU", "RO", "SK", "SI", "HR", "BG", "LT", "LV", "EE", "LU", "MT", "CY"};
    private static final String[] TOPICS = {"Machine Learning", "Data Engineering", "AI Ethics", "Solar Energy", "Smart Grids",
            "Circular Economy", "Geodata", "Robotics", "Energy Storage", "Digital Twins", "Lean Production", "Building Physics"};
    private static final String[] LEVELS = {"Foundations of", "Applied", "Advanced", "Project in", "Seminar on"};

    private final List<String> skills;

    /** @param skills the ESCO skill URIs to tag items with */
    public SyntheticCatalogue(List<String> skills) {
        this.skills = List.copyOf(skills);
    }

    /** A catalogue of the five universities of the worked example's alliance. */
    public CatalogueBundle generate(long seed, int modules, int microCredentials, int microDegrees) {
        return generate(seed, modules, microCredentials, microDegrees, ALLIANCE.length);
    }

    /** A catalogue of {@code universities} institutions (at least 2), items spread evenly over them. */
    public CatalogueBundle generate(long seed, int modules, int microCredentials, int microDegrees, int universities) {
        String[] names = new String[Math.max(2, universities)];
        for (int i = 0; i < names.length; i++) {
            names[i] = i < ALLIANCE.length ? ALLIANCE[i] : String.format("u%03d", i + 1);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Institution> institutions = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String id = names[i];
            List<Institution.Unit> units = new ArrayList<>();
            for (int u = 1; u <= 3; u++) {
                units.add(new Institution.Unit(ItemId.of(id + ":unit-" + u), Text.en("Faculty " + u + " of " + id.toUpperCase()), UnitKind.FACULTY));
            }
            institutions.add(new Institution(InstitutionId.of(id), Text.en("University " + id.toUpperCase()), id.toUpperCase(),
                    COUNTRIES[i % COUNTRIES.length], "EU-" + id.toUpperCase(), InstitutionKind.UNIVERSITY, null, units, null));
        }
        List<CatalogueItem> items = new ArrayList<>();
        List<Module> mods = new ArrayList<>();
        for (int i = 0; i < modules; i++) {
            String inst = names[i % names.length];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            int cp = 3 + random.nextInt(3) + (random.nextInt(4) == 0 ? 3 : 0);
            Module m = new Module(ItemId.of(String.format("%s:m%05d", inst, i)), 1, LifecycleStatus.PUBLISHED,
                    String.format("M-%05d", i), Text.of(LEVELS[random.nextInt(LEVELS.length)] + " " + topic + " " + i, null),
                    null, CreditPoints.of(cp), EqfLevel.of(6 + random.nextInt(2)), null, null,
                    List.of(Text.en("Apply " + topic.toLowerCase() + " methods to problem " + i + ".")),
                    List.of(random.nextBoolean() ? "en" : "de"), Mode.values()[random.nextInt(3)],
                    AssessmentType.values()[random.nextInt(5)], Offering.values()[random.nextInt(4)],
                    ItemId.of(inst + ":unit-" + (1 + random.nextInt(3))), List.of(slug(topic)), pickSkills(random, 1 + random.nextInt(3)));
            mods.add(m);
            items.add(m);
        }
        List<MicroCredential> mcs = new ArrayList<>();
        for (int i = 0; i < microCredentials; i++) {
            String inst = names[i % names.length];
            List<ItemId> parts = new ArrayList<>();
            CreditPoints cp = CreditPoints.ZERO;
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                // modules of the same institution: index ≡ institution (mod 5)
                int index = (random.nextInt(Math.max(1, modules / names.length)) * names.length + i % names.length);
                Module m = mods.get(Math.min(index, mods.size() - 1));
                // an MC stays near the LUH average of 5 CP: at most 10 CP
                if (!parts.contains(m.id()) && m.id().institution().equals(inst) && cp.plus(m.creditPoints()).tenths() <= 100) {
                    parts.add(m.id());
                    cp = cp.plus(m.creditPoints());
                }
            }
            if (parts.isEmpty() || cp.tenths() < 25) {
                Module m = mods.get(i % Math.min(mods.size(), names.length));
                parts = new ArrayList<>(List.of(m.id()));
                cp = m.creditPoints();
            }
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            MicroCredential mc = new MicroCredential(ItemId.of(String.format("%s:mc%04d", inst, i)), 1, LifecycleStatus.PUBLISHED,
                    Text.of(topic + " " + i, null), null, parts, List.of(Text.en("Apply " + topic.toLowerCase() + " in practice.")),
                    cp, EqfLevel.of(6 + random.nextInt(2)), null, null, List.of(random.nextBoolean() ? "digitalisation" : "sustainability"),
                    List.of("production"), pickSkills(random, 1 + random.nextInt(3)), List.of("en"), Mode.BLENDED,
                    AssessmentType.PROJECT, Offering.EVERY_SEMESTER, "0613", ItemId.of(inst + ":unit-1"), "KI-Campus",
                    "counselling@" + inst + ".example", "Internal quality assurance of " + inst.toUpperCase(), null,
                    Supervision.SUPERVISED_WITH_ID, Stackability.INTEGRATED_STACKABLE, null, List.of(), null, null);
            mcs.add(mc);
            items.add(mc);
        }
        List<MicroDegreeProgramme> programmes = new ArrayList<>();
        for (int i = 0; i < microDegrees && mcs.size() >= 4; i++) {
            MicroDegreeProgramme md = null;
            for (int attempt = 0; md == null && attempt < 20; attempt++) {
                md = programme(random, i, mcs, programmes, names);
            }
            if (md != null) {
                programmes.add(md);
                items.add(md);
            }
        }
        return CatalogueBundle.of(institutions, items);
    }

    /**
     * A programme that meets luh-2023 by construction, or null when this draw falls outside 10 to 60 CP:
     * all of 2 to 5 MCs; at least n of n+1 or n+2; a minimum of CP met by a minimal set; a joint
     * programme whose quota takes two MCs of its institution and one of a partner; or a programme
     * nesting an earlier one plus one MC. Its CP is what one minimal completion adds up to.
     */
    private static @Nullable MicroDegreeProgramme programme(SplittableRandom random, int i, List<MicroCredential> mcs,
            List<MicroDegreeProgramme> earlier, String[] names) {
        String inst = names[i % names.length];
        int shape = random.nextInt(earlier.isEmpty() ? 4 : 5);
        Requirement tree;
        CreditPoints cp = CreditPoints.ZERO;
        List<InstitutionId> partners = List.of();
        switch (shape) {
            case 0 -> {
                List<MicroCredential> picked = distinct(random, mcs, 2 + random.nextInt(4), null, names);
                tree = new Requirement.AllOf(units(picked), Requirement.Options.DEFAULT);
                cp = sum(picked);
            }
            case 1 -> {
                int n = 2 + random.nextInt(2);
                List<MicroCredential> picked = distinct(random, mcs, n + 1 + random.nextInt(2), null, names);
                tree = new Requirement.AtLeast(n, units(picked), new Requirement.Options("Choose " + n, Sharing.EXCLUSIVE));
                cp = sum(picked.subList(0, n));
            }
            case 2 -> {
                List<MicroCredential> picked = new ArrayList<>(distinct(random, mcs, 3 + random.nextInt(3), null, names));
                picked.sort(Comparator.comparing(MicroCredential::creditPoints).reversed());
                // the largest and one or two more: dropping any of them falls short, so the set is minimal
                List<MicroCredential> chosen = picked.subList(0, 2 + random.nextInt(2));
                cp = sum(chosen);
                tree = new Requirement.MinCredits(cp, units(picked), Requirement.Options.DEFAULT);
            }
            case 3 -> {
                String partner = names[(i + 1 + random.nextInt(names.length - 1)) % names.length];
                List<MicroCredential> own = distinct(random, mcs, 2 + random.nextInt(2), inst, names);
                List<MicroCredential> theirs = distinct(random, mcs, 1 + random.nextInt(2), partner, names);
                if (own.size() < 2 || theirs.isEmpty()) {
                    return null;
                }
                List<MicroCredential> all = new ArrayList<>(own);
                all.addAll(theirs);
                tree = new Requirement.Quota(List.of(new Requirement.Share(InstitutionId.of(inst), 2),
                        new Requirement.Share(InstitutionId.of(partner), 1)), units(all), new Requirement.Options("Agreed quota", Sharing.EXCLUSIVE));
                cp = sum(own.subList(0, 2)).plus(theirs.getFirst().creditPoints());
                partners = List.of(InstitutionId.of(partner));
            }
            default -> {
                MicroDegreeProgramme inner = earlier.get(random.nextInt(earlier.size()));
                if (!inner.participatingInstitutions().isEmpty() || !inner.nestedProgrammes().isEmpty()) {
                    return null;
                }
                Set<ItemId> used = new HashSet<>();
                Requirement.forEachUnit(inner.requirements(), "", (p, u) -> used.add(u.id()));
                MicroCredential extra = mcs.get(random.nextInt(mcs.size()));
                if (used.contains(extra.id())) {
                    return null;
                }
                tree = new Requirement.AllOf(List.of(new Requirement.Unit(ItemKind.MICRO_DEGREE, inner.id(), Requirement.Options.DEFAULT),
                        new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, extra.id(), Requirement.Options.DEFAULT)), Requirement.Options.DEFAULT);
                cp = inner.creditPoints().plus(extra.creditPoints());
            }
        }
        if (cp.tenths() < 100 || cp.tenths() > 600) {
            return null;
        }
        return new MicroDegreeProgramme(ItemId.of(String.format("%s:md%03d", inst, i)), 1, LifecycleStatus.PUBLISHED,
                Text.of("Micro-degree " + i, null), null, tree, cp, EqfLevel.of(7), null, null, Text.en("Employers ask for this combination."),
                List.of("professionals"), partners, List.of("luh-2023", "eu-2022"), !partners.isEmpty(), List.of("en"), Mode.BLENDED,
                List.of(), ItemId.of(inst + ":unit-1"), "counselling@" + inst + ".example", "Internal quality assurance", null, null, null, null, null, null);
    }

    /** Up to {@code n} different MCs, of one institution when {@code institution} is given. */
    private static List<MicroCredential> distinct(SplittableRandom random, List<MicroCredential> mcs, int n, @Nullable String institution,
            String[] names) {
        List<MicroCredential> out = new ArrayList<>();
        for (int tries = 0; out.size() < n && tries < n * 20; tries++) {
            MicroCredential mc = institution == null
                    ? mcs.get(random.nextInt(mcs.size()))
                    : mcs.get(Math.min(mcs.size() - 1, random.nextInt(Math.max(1, mcs.size() / names.length)) * names.length
                            + Arrays.asList(names).indexOf(institution)));
            if (!out.contains(mc) && (institution == null || mc.id().institution().equals(institution))) {
                out.add(mc);
            }
        }
        return out;
    }

    private static List<Requirement> units(List<MicroCredential> mcs) {
        return mcs.stream().map(mc -> (Requirement) new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, mc.id(), Requirement.Options.DEFAULT)).toList();
    }

    private static CreditPoints sum(List<MicroCredential> mcs) {
        CreditPoints cp = CreditPoints.ZERO;
        for (MicroCredential mc : mcs) {
            cp = cp.plus(mc.creditPoints());
        }
        return cp;
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
