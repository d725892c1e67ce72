package org.microdegree.catalog.internal;

import lombok.RequiredArgsConstructor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Reference;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.StatedCredits;
import org.microdegree.catalog.model.StatedLevel;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.TextRules;
import org.microdegree.shared.Violation;

/**
 * The structural checks every catalogue item passes before it is stored: required fields, ids in
 * their institution's namespace, references that resolve, known ESCO skills, no programme nested in
 * itself. Design rules (sizes, levels, EU elements) are the rule profiles' business, not these.
 */
@RequiredArgsConstructor
public final class CatalogueChecks {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISCED = Pattern.compile("\\d{2,4}");

    /** What the store already holds, so that a bundle may refer to it. */
    public interface Known {
        boolean institution(String id);

        boolean unit(ItemId unit);

        boolean item(ItemKind kind, ItemId id);

        /** The nested programmes the stored latest version of an MD names, for cycle detection. */
        List<ItemId> nestedProgrammes(ItemId microDegree);

        /** The smaller micro-credentials the stored latest version of an MC is built from, for cycle detection. */
        default List<ItemId> microCredentialsOf(ItemId microCredential) {
            return List.of();
        }
    }

    private final Predicate<String> isEscoSkill;

    /** What the store holds, and the ids of a file's entries that could not be read: a reference to them is no reference problem. */
    public static Known alsoKnowing(Known stored, java.util.function.BiPredicate<String, String> unreadable) {
        return new Known() {
            @Override
            public boolean institution(String id) {
                return stored.institution(id) || unreadable.test("institutions", id);
            }

            @Override
            public boolean unit(ItemId unit) {
                return stored.unit(unit);
            }

            @Override
            public boolean item(ItemKind kind, ItemId id) {
                return stored.item(kind, id) || unreadable.test(kind.bundleField(), id.value());
            }

            @Override
            public List<ItemId> nestedProgrammes(ItemId microDegree) {
                return stored.nestedProgrammes(microDegree);
            }

            @Override
            public List<ItemId> microCredentialsOf(ItemId microCredential) {
                return stored.microCredentialsOf(microCredential);
            }
        };
    }

    public List<Violation> check(CatalogueBundle bundle, Known known) {
        List<Violation> out = new ArrayList<>();
        Set<String> institutions = new HashSet<>();
        Set<ItemId> units = new HashSet<>();
        for (int i = 0; i < bundle.institutions().size(); i++) {
            Institution inst = bundle.institutions().get(i);
            String path = "institutions[" + i + "]";
            if (inst.id() == null) {
                out.add(Violation.at(path + ".id", "required"));
                continue;
            }
            if (!institutions.add(inst.id().value())) {
                out.add(Violation.at(path + ".id", "institution '" + inst.id() + "' is listed twice"));
            }
            require(out, inst.name(), path + ".name");
            text(out, inst.name(), path + ".name", 300);
            require(out, inst.kind(), path + ".kind");
            if (inst.country() == null || !COUNTRY.matcher(inst.country()).matches()) {
                out.add(Violation.at(path + ".country", "expected an ISO 3166-1 alpha-2 country code such as DE, got '" + inst.country() + "'"));
            }
            branding(inst.certificate(), path + ".certificate", out);
            for (int u = 0; u < inst.units().size(); u++) {
                Institution.Unit unit = inst.units().get(u);
                String up = path + ".units[" + u + "]";
                if (unit.id() == null) {
                    out.add(Violation.at(up + ".id", "required"));
                    continue;
                }
                if (!inst.id().owns(unit.id())) {
                    out.add(Violation.at(up + ".id", "'" + unit.id() + "' must start with '" + inst.id() + ":'"));
                }
                if (!units.add(unit.id())) {
                    out.add(Violation.at(up + ".id", "unit '" + unit.id() + "' is listed twice"));
                }
                require(out, unit.name(), up + ".name");
                text(out, unit.name(), up + ".name", 300);
                require(out, unit.kind(), up + ".kind");
            }
        }
        Predicate<String> institutionExists = id -> institutions.contains(id) || known.institution(id);
        Predicate<ItemId> unitExists = id -> units.contains(id) || known.unit(id);

        Map<ItemKind, Set<ItemId>> inBundle = new HashMap<>();
        Set<String> versions = new HashSet<>();
        Map<ItemId, MicroDegreeProgramme> programmes = new HashMap<>();
        bundle.items().forEach(item -> {
            if (item.id() != null) {
                inBundle.computeIfAbsent(item.kind(), k -> new HashSet<>()).add(item.id());
            }
            if (item instanceof MicroDegreeProgramme md && md.id() != null && md.requirements() != null) {
                programmes.merge(md.id(), md, (a, b) -> a.version() >= b.version() ? a : b);
            }
        });
        BiPredicate<ItemKind, ItemId> itemExists = (kind, id) -> inBundle.getOrDefault(kind, Set.of()).contains(id) || known.item(kind, id);

        for (ItemKind kind : ItemKind.values()) {
            List<? extends CatalogueItem> items = switch (kind) {
                case STUDY_PROGRAMME -> bundle.studyProgrammes();
                case MODULE -> bundle.modules();
                case MICRO_CREDENTIAL -> bundle.microCredentials();
                case MICRO_DEGREE -> bundle.microDegrees();
            };
            for (int i = 0; i < items.size(); i++) {
                CatalogueItem item = items.get(i);
                String path = kind.bundleField() + "[" + i + "]";
                if (item.id() == null) {
                    out.add(Violation.at(path + ".id", "required"));
                    continue;
                }
                if (!versions.add(kind + " " + item.id() + " " + item.version())) {
                    out.add(Violation.at(path + ".id", kind.code() + " '" + item.id() + "' version " + item.version() + " is listed twice"));
                }
                checkItem(item, path, out, institutionExists, unitExists, itemExists);
            }
        }
        checkNoProgrammeContainsItself(bundle, programmes, known, out);
        checkNoMicroCredentialContainsItself(bundle, known, out);
        return out;
    }

    /** Every language of a text that the store keeps in a column of {@code max} characters. */
    private static void text(List<Violation> out, org.microdegree.shared.@org.jspecify.annotations.Nullable Text text, String path, int max) {
        if (text != null) {
            text.versions().forEach((language, version) -> TextRules.check(out, path + "." + language, version, max));
        }
    }

    /**
     * A study programme states its credit points and EQF level. Modules, micro-credentials and programmes
     * may state neither (real providers often do not; the rule profiles say so as findings), or state
     * them as the provider does ({@code credits}, {@code level}); both ways at once must agree.
     */
    private static void sizeAndLevel(CatalogueItem item, String path, List<Violation> out) {
        if (item instanceof StudyProgramme) {
            if (item.creditPoints() == null) {
                out.add(Violation.at(path + ".creditPoints", "required, more than 0"));
            }
            require(out, item.eqfLevel(), path + ".eqfLevel");
        }
        if (item.creditPoints() != null && item.creditPoints().isZero()) {
            out.add(Violation.at(path + ".creditPoints", "more than 0 when stated"));
        }
        StatedCredits credits = item.credits();
        if (credits != null && credits.ects() != null && item.creditPoints() != null && !credits.ects().equals(item.creditPoints())) {
            out.add(Violation.at(path + ".credits", "'" + credits + "' make " + credits.ects() + " ECTS credit points, but creditPoints says "
                    + item.creditPoints() + "; state one of them, or both alike"));
        }
        StatedLevel level = item.level();
        if (level != null && item.eqfLevel() != null && !level.eqf().equals(item.eqfLevel())) {
            out.add(Violation.at(path + ".level", "'" + level + "' is EQF level " + level.eqf() + ", but eqfLevel says " + item.eqfLevel()
                    + "; state one of them, or both alike"));
        }
    }

    private void checkItem(CatalogueItem item, String path, List<Violation> out, Predicate<String> institutionExists,
            Predicate<ItemId> unitExists, BiPredicate<ItemKind, ItemId> itemExists) {
        if (!institutionExists.test(item.id().institution())) {
            out.add(Violation.at(path + ".id", "institution '" + item.id().institution() + "' (the prefix of the id) does not exist"));
        }
        if (item.title() == null) {
            out.add(Violation.at(path + ".title", "required: a title in at least one language (English, German or another)"));
        }
        text(out, item.title(), path + ".title", TextRules.TITLE);
        sizeAndLevel(item, path, out);
        if (item.unit() != null && !unitExists.test(item.unit())) {
            out.add(Violation.at(path + ".unit", "organisational unit '" + item.unit() + "' does not exist"));
        }
        List<String> skills = item.skills();
        for (int s = 0; s < skills.size(); s++) {
            if (!isEscoSkill.test(skills.get(s))) {
                out.add(Violation.at(path + ".skills[" + s + "]", "'" + skills.get(s) + "' is not a skill of ESCO v1.2"));
            }
        }
        for (Reference ref : item.references()) {
            if (!itemExists.test(ref.kind(), ref.id())) {
                out.add(Violation.at(path + "." + ref.path(), ref.kind().code() + " '" + ref.id()
                        + "' does not exist (neither in this bundle nor in the catalogue)"));
            }
        }
        switch (item) {
            case Module m -> {
                languages(m.languages(), path, out);
            }
            case StudyProgramme sp -> require(out, sp.degreeType(), path + ".degreeType");
            case MicroCredential mc -> {
                languages(mc.languages(), path, out);
                if (mc.iscedField() != null && !ISCED.matcher(mc.iscedField()).matches()) {
                    out.add(Violation.at(path + ".iscedField", "expected an ISCED-F 2013 code such as 0613"));
                }
            }
            case MicroDegreeProgramme md -> {
                languages(md.languages(), path, out);
                if (md.minimumGrade() != null && (md.minimumGrade().compareTo(BigDecimal.ONE) < 0
                        || md.minimumGrade().compareTo(BigDecimal.valueOf(4)) > 0)) {
                    out.add(Violation.at(path + ".minimumGrade", "a passing grade on the German scale, from 1.0 to 4.0"));
                }
                if (md.resultsValidFor() != null && (md.resultsValidFor().isNegative() || md.resultsValidFor().isZero())) {
                    out.add(Violation.at(path + ".resultsValidFor", "a period longer than zero, such as P5Y"));
                }
                if (md.requirements() == null) {
                    out.add(Violation.at(path + ".requirements", "required: the requirement tree"));
                } else {
                    quotas(md.requirements(), path + ".requirements", institutionExists, out);
                }
                for (int p = 0; p < md.participatingInstitutions().size(); p++) {
                    InstitutionId inst = md.participatingInstitutions().get(p);
                    if (!institutionExists.test(inst.value())) {
                        out.add(Violation.at(path + ".participatingInstitutions[" + p + "]", "institution '" + inst + "' does not exist"));
                    }
                }
            }
        }
    }

    private static void quotas(Requirement node, String path, Predicate<String> institutionExists, List<Violation> out) {
        String childPath = switch (node) {
            case Requirement.AllOf a -> path + ".allOf";
            case Requirement.AtLeast a -> path + ".of";
            case Requirement.MinCredits m -> path + ".from";
            case Requirement.Quota q -> {
                for (int i = 0; i < q.shares().size(); i++) {
                    if (!institutionExists.test(q.shares().get(i).institution().value())) {
                        out.add(Violation.at(path + ".quota[" + i + "].institution", "institution '"
                                + q.shares().get(i).institution() + "' does not exist"));
                    }
                }
                if (q.total() > q.from().size()) {
                    out.add(Violation.at(path + ".quota", "asks for " + q.total() + " units but only " + q.from().size() + " are listed"));
                }
                yield path + ".from";
            }
            case Requirement.Unit u -> null;
        };
        for (int i = 0; i < node.children().size(); i++) {
            quotas(node.children().get(i), childPath + "[" + i + "]", institutionExists, out);
        }
    }

    private static void languages(List<String> languages, String path, List<Violation> out) {
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGE.matcher(languages.get(i)).matches()) {
                out.add(Violation.at(path + ".languages[" + i + "]", "expected an ISO 639-1 language code such as en or de, got '" + languages.get(i) + "'"));
            }
        }
    }

    // images are rendered into certificate PDFs: inline only (nothing fetched while rendering), and small
    private static final Pattern IMAGE = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+");
    private static final int IMAGE_MAX = 300_000;

    /** What the institution's certificates show of it: images inline and small, a named signatory, a known framework. */
    private static void branding(Institution.@org.jspecify.annotations.Nullable CertificateBranding b, String path, List<Violation> out) {
        if (b == null) {
            return;
        }
        image(b.logo(), path + ".logo", out);
        if (b.signatory() != null) {
            if (b.signatory().name() == null || b.signatory().name().isBlank()) {
                out.add(Violation.at(path + ".signatory.name", "required: who signs the certificates"));
            }
            require(out, b.signatory().role(), path + ".signatory.role");
            text(out, b.signatory().role(), path + ".signatory.role", 200);
            image(b.signatory().signature(), path + ".signatory.signature", out);
        }
        text(out, b.qualityAssurance(), path + ".qualityAssurance", 2000);
        if (b.nationalFramework() != null && !b.nationalFramework().equals("DQR")) {
            out.add(Violation.at(path + ".nationalFramework", "'" + b.nationalFramework() + "' is not known; known: DQR"));
        }
    }

    private static void image(@org.jspecify.annotations.Nullable String image, String path, List<Violation> out) {
        if (image != null && (image.length() > IMAGE_MAX || !IMAGE.matcher(image).matches() || !decodes(image))) {
            out.add(Violation.at(path, "a PNG or JPEG image as a data: URI (data:image/png;base64,...) of at most 220 KB"));
        }
    }

    private static boolean decodes(String image) {
        try {
            Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void require(List<Violation> out, Object value, String path) {
        if (value == null) {
            out.add(Violation.at(path, "required"));
        }
    }

    /** A micro-credential built from itself, directly or through smaller ones (of the bundle or stored), could never be met. */
    private static void checkNoMicroCredentialContainsItself(CatalogueBundle bundle, Known known, List<Violation> out) {
        Map<ItemId, List<ItemId>> parts = new HashMap<>();
        bundle.microCredentials().stream().filter(mc -> mc.id() != null).forEach(mc -> parts.put(mc.id(), mc.microCredentials()));
        for (int i = 0; i < bundle.microCredentials().size(); i++) {
            MicroCredential mc = bundle.microCredentials().get(i);
            if (mc.id() != null && reachesItself(mc.id(), mc.microCredentials(),
                    next -> parts.containsKey(next) ? parts.get(next) : known.microCredentialsOf(next))) {
                out.add(Violation.at("microCredentials[" + i + "].microCredentials", "micro-credential '" + mc.id() + "' is built from itself"));
            }
        }
    }

    /** A programme nested in itself, directly or through others, could never be completed. */
    private static void checkNoProgrammeContainsItself(CatalogueBundle bundle, Map<ItemId, MicroDegreeProgramme> inBundle,
            Known known, List<Violation> out) {
        for (int i = 0; i < bundle.microDegrees().size(); i++) {
            MicroDegreeProgramme md = bundle.microDegrees().get(i);
            if (md.id() != null && md.requirements() != null && reachesItself(md.id(), md.nestedProgrammes(), next -> {
                MicroDegreeProgramme nested = inBundle.get(next);
                return nested != null ? nested.nestedProgrammes() : known.nestedProgrammes(next);
            })) {
                out.add(Violation.at("microDegrees[" + i + "].requirements", "programme '" + md.id() + "' contains itself (through nested programmes)"));
            }
        }
    }

    /** Whether following the parts from {@code first} on comes back to {@code item}. */
    private static boolean reachesItself(ItemId item, List<ItemId> first, java.util.function.Function<ItemId, List<ItemId>> partsOf) {
        Set<ItemId> seen = new HashSet<>();
        List<ItemId> todo = new ArrayList<>(first);
        while (!todo.isEmpty()) {
            ItemId next = todo.removeLast();
            if (next.equals(item)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(partsOf.apply(next));
            }
        }
        return false;
    }
}
