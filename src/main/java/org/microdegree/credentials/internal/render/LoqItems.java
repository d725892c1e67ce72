package org.microdegree.credentials.internal.render;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Mode;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Stackability;
import org.microdegree.shared.Coded;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * The learning opportunities of one document as catalogue items: a micro-credential for each, a
 * programme for each that ELM types an educational programme or whose specification has parts.
 */
final class LoqItems {

    private static final String ELM = LoqReader.ELM;
    private static final String DC = LoqReader.DC;
    private static final String ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af";
    private static final String EQF = "http://data.europa.eu/snb/eqf/";
    private static final String ISCED = "http://data.europa.eu/snb/isced-f/";

    final Map<String, Institution> institutions = new LinkedHashMap<>();
    final List<CatalogueItem> items = new ArrayList<>();
    /** Each item's learning opportunity, to name problems by. */
    final Map<String, String> places = new LinkedHashMap<>();

    private final LoqReader reader;
    private final LoqReader.Options options;
    /** A programme waits for its parts: the item each qualification id specifies. */
    private final Map<String, Pending> programmes = new LinkedHashMap<>();
    private final Map<String, ItemKind> specified = new LinkedHashMap<>();
    private final Map<String, String> specifiedItem = new LinkedHashMap<>();
    private final Map<String, Set<String>> skillsOf = new LinkedHashMap<>();

    private record Pending(String path, MicroDegreeProgramme draft, List<String> parts) {}

    LoqItems(LoqReader reader, LoqReader.Options options) {
        this.reader = reader;
        this.options = options;
    }

    void add(JsonObject opportunity) {
        String path = "learningOpportunity " + opportunity.getString("@id", "");
        String[] item = reader.itemOf(opportunity.getString("@id", ""), options.institution());
        if (item == null) {
            reader.problem(path,
                    "not one of this installation's learning opportunities: name the institution its items come in under (import --institution ID)");
            return;
        }
        JsonObject spec = reader.one(opportunity, ELM + "learningAchievementSpecification");
        if (spec == null) {
            reader.problem(path + ".learningAchievementSpecification",
                    "required: what the opportunity leads to (a learning achievement specification or qualification)");
            return;
        }
        Institution provider = reader.institution(reader.one(opportunity, ELM + "providedBy"), options.institution(), path);
        if (provider == null) {
            return;
        }
        institutions.putIfAbsent(provider.id().value(), provider);
        ItemId id = ItemId.of(item[0]);
        if (!id.institution().equals(provider.id().value())) {
            reader.problem(path, "its id names institution '" + id.institution() + "' but it is provided by '" + provider.id() + "'");
            return;
        }
        int version = Integer.parseInt(item[1]);
        places.put(id.value(), path);
        Text title = LoqReader.text(opportunity, DC + "title");
        if (title == null) {
            title = LoqReader.text(spec, DC + "title");
        }
        if (title == null) {
            reader.problem(path + ".title", "required: a title in at least one language");
            return;
        }
        Text description = LoqReader.text(opportunity, DC + "description");
        CreditPoints credits = credits(spec, path);
        EqfLevel level = level(spec);
        List<Text> outcomes = new ArrayList<>();
        Set<String> skills = new LinkedHashSet<>();
        for (JsonObject outcome : reader.all(spec, ELM + "learningOutcome")) {
            Text text = LoqReader.text(outcome, DC + "title");
            if (text != null) {
                outcomes.add(text);
            }
            LoqReader.values(outcome, ELM + "relatedESCOSkill").forEach(v -> skills.add(v.asJsonObject().getString("@id")));
        }
        List<String> languages = new ArrayList<>();
        LoqReader.values(spec, DC + "language").forEach(v -> {
            String code = LoqReader.languageOf(v.asJsonObject().getString("@id", null));
            if (code != null && !languages.contains(code)) {
                languages.add(code);
            }
        });
        Mode mode = mode(spec);
        Map<String, String> notes = notes(spec);
        String qualityAssurance = notes.get("Quality assurance: ");
        Text prerequisites = null;
        JsonObject entry = reader.one(spec, ELM + "entryRequirement");
        if (entry != null) {
            prerequisites = LoqReader.text(entry, ELM + "noteLiteral");
        }
        String further = notes.get("");
        List<String> parts = new ArrayList<>();
        LoqReader.values(spec, ELM + "hasPart").forEach(v -> parts.add(v.asJsonObject().getString("@id", "")));
        boolean programme = !parts.isEmpty() || LoqReader.values(opportunity, DC + "type").stream()
                .anyMatch(v -> Loq.EDUCATIONAL_PROGRAMME.equals(v.asJsonObject().getString("@id", "")));
        String specId = spec.getString("@id", "");
        skillsOf.put(specId, skills);
        specifiedItem.put(specId, id.value());
        if (programme) {
            specified.put(specId, ItemKind.MICRO_DEGREE);
            MicroDegreeProgramme md = new MicroDegreeProgramme(id, version, options.status(), title, description, null, credits, level, null, null,
                    null, List.of(), List.of(), List.of(), false, languages, mode, List.copyOf(skills), null, null, qualityAssurance, further, null,
                    null, null, null, null);
            programmes.put(specId, new Pending(path, md, parts));
            return;
        }
        specified.put(specId, ItemKind.MICRO_CREDENTIAL);
        String isced = null;
        for (var v : LoqReader.values(spec, ELM + "ISCEDFCode")) {
            String code = v.asJsonObject().getString("@id", "").replace(ISCED, "");
            if (!code.equals("9999")) {
                isced = code;
            }
        }
        String stackability = notes.get("Integration and stackability: ");
        items.add(new MicroCredential(id, version, options.status(), title, description, List.of(), outcomes, credits, level, null, null,
                List.of(), List.of(), List.copyOf(skills), languages, mode, assessment(notes.get("Type of assessment: ")), null, isced, null, null,
                null, qualityAssurance, prerequisites, null, stackability == null ? null : Coded.fromCode(Stackability.class, stackability).orElse(null),
                further, List.of(), null, null));
    }

    /** Programmes once every micro-credential is read: their tree is all their parts (ELM names parts, not the rules over them). */
    void resolveParts() {
        programmes.forEach((specId, p) -> {
            List<Requirement> units = new ArrayList<>();
            Set<String> theirs = new LinkedHashSet<>();
            for (String part : p.parts()) {
                String item = specifiedItem.get(part);
                ItemKind kind = specified.get(part);
                if (item == null || kind == null) {
                    reader.problem(p.path() + ".hasPart", "part " + part + " is not a learning opportunity of this document");
                    continue;
                }
                units.add(new Requirement.Unit(kind, ItemId.of(item), Requirement.Options.DEFAULT));
                theirs.addAll(skillsOf.getOrDefault(part, Set.of()));
            }
            MicroDegreeProgramme d = p.draft();
            // a programme's own skills: what it lists beyond those of its parts (the export adds theirs again)
            List<String> own = d.skills().stream().filter(s -> !theirs.contains(s)).toList();
            List<InstitutionId> partners = units.stream().map(u -> InstitutionId.of(((Requirement.Unit) u).id().institution()))
                    .filter(i -> !i.value().equals(d.id().institution())).distinct().toList();
            items.add(new MicroDegreeProgramme(d.id(), d.version(), d.status(), d.title(), d.description(),
                    units.isEmpty() ? null : new Requirement.AllOf(units, Requirement.Options.DEFAULT), d.creditPoints(), d.eqfLevel(), null, null,
                    null, List.of(), partners, List.of(), false, d.languages(), d.mode(), own, null, null, d.qualityAssurance(),
                    d.furtherInformation(), null, null, null, null, null));
        });
    }

    private @Nullable CreditPoints credits(JsonObject spec, String path) {
        for (JsonObject credit : reader.all(spec, ELM + "creditPoint")) {
            String points = LoqReader.literal(credit, ELM + "point");
            boolean ects = LoqReader.values(credit, ELM + "framework").stream().anyMatch(v -> ECTS.equals(v.asJsonObject().getString("@id", "")));
            if (ects && points != null) {
                try {
                    return CreditPoints.parse(points);
                } catch (IllegalArgumentException e) {
                    reader.problem(path + ".creditPoint", "'" + points + "' is not a number of ECTS credit points");
                }
            }
        }
        return null;
    }

    /** A qualification's EQF level, or a learning achievement specification's education level where it is one of EQF's. */
    private static @Nullable EqfLevel level(JsonObject spec) {
        List<JsonValue> levels = new ArrayList<>(LoqReader.values(spec, ELM + "EQFLevel"));
        levels.addAll(LoqReader.values(spec, ELM + "educationLevel"));
        for (var v : levels) {
            String uri = v.asJsonObject().getString("@id", "");
            if (uri.startsWith(EQF) && uri.substring(EQF.length()).matches("[1-8]")) {
                return EqfLevel.of(Integer.parseInt(uri.substring(EQF.length())));
            }
        }
        return null;
    }

    private static @Nullable Mode mode(JsonObject spec) {
        for (var v : LoqReader.values(spec, ELM + "mode")) {
            String uri = v.asJsonObject().getString("@id", "");
            for (Mode m : Mode.values()) {
                if (uri.equals(Europass.mode(m.code()))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Our notes by their prefix ("Quality assurance: " ...); any other note under "". */
    private Map<String, String> notes(JsonObject spec) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> prefixes = List.of("Quality assurance: ", "Type of assessment: ", "Form of participation: ", "Integration and stackability: ");
        for (JsonObject note : reader.all(spec, ELM + "additionalNote")) {
            Text text = LoqReader.text(note, ELM + "noteLiteral");
            if (text == null) {
                continue;
            }
            String literal = text.en();
            String prefix = prefixes.stream().filter(literal::startsWith).findFirst().orElse("");
            out.putIfAbsent(prefix, literal.substring(prefix.length()));
        }
        return out;
    }

    private static @Nullable AssessmentType assessment(@Nullable String words) {
        if (words == null) {
            return null;
        }
        for (AssessmentType t : AssessmentType.values()) {
            if (Europass.words(t.code()).equals(words) || t.code().equals(words)) {
                return t;
            }
        }
        return null;
    }
}
