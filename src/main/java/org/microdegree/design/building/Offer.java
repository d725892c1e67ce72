package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;

/**
 * What the catalogue offers to build from: the newest published version of every item, indexed
 * by id, subject and module. Builders only ever propose published units, and only those that state
 * their credit points and EQF level.
 */
public final class Offer {

    private final Map<String, Institution> institutions = new TreeMap<>();
    private final Map<ItemId, StudyProgramme> studyProgrammes = new TreeMap<>();
    private final Map<ItemId, Module> modules = new TreeMap<>();
    private final Map<ItemId, MicroCredential> microCredentials = new TreeMap<>();
    private final Map<ItemId, MicroDegreeProgramme> microDegrees = new TreeMap<>();
    private final Set<ItemId> taken = new HashSet<>();

    public Offer(CatalogueBundle catalogue) {
        catalogue.institutions().forEach(i -> institutions.put(i.id().value(), i));
        catalogue.items().forEach(item -> {
            taken.add(item.id());
            // the patterns size and level what they build: a unit that states no fixed credit points or no EQF level is not built from
            if (item.status() == LifecycleStatus.PUBLISHED && item.creditPoints() != null && item.eqfLevel() != null) {
                switch (item) {
                    case StudyProgramme s -> newest(studyProgrammes, s);
                    case Module m -> newest(modules, m);
                    case MicroCredential c -> newest(microCredentials, c);
                    case MicroDegreeProgramme d -> newest(microDegrees, d);
                }
            }
        });
    }

    private static <T extends CatalogueItem> void newest(Map<ItemId, T> map, T item) {
        T old = map.get(item.id());
        if (old == null || old.version() < item.version()) {
            map.put(item.id(), item);
        }
    }

    public Optional<Institution> institution(String id) {
        return Optional.ofNullable(institutions.get(id));
    }

    public Collection<Institution> institutions() {
        return institutions.values();
    }

    public Collection<StudyProgramme> studyProgrammes() {
        return studyProgrammes.values();
    }

    public Optional<StudyProgramme> studyProgramme(ItemId id) {
        return Optional.ofNullable(studyProgrammes.get(id));
    }

    public Optional<Module> module(ItemId id) {
        return Optional.ofNullable(modules.get(id));
    }

    public Optional<MicroCredential> microCredential(ItemId id) {
        return Optional.ofNullable(microCredentials.get(id));
    }

    public Collection<Module> modules() {
        return modules.values();
    }

    public Collection<MicroCredential> microCredentials() {
        return microCredentials.values();
    }

    public Collection<MicroDegreeProgramme> microDegrees() {
        return microDegrees.values();
    }

    /** True when any item, in any version and status, already has this id. */
    public boolean idTaken(ItemId id) {
        return taken.contains(id);
    }

    /** The subjects a micro-credential teaches: those of its modules. */
    public Set<String> subjectsOf(MicroCredential mc) {
        Set<String> out = new LinkedHashSet<>();
        mc.modules().forEach(id -> module(id).ifPresent(m -> out.addAll(m.subjects())));
        return out;
    }

    /** Published micro-credentials that consist of exactly this one module. */
    public List<MicroCredential> microCredentialsOf(Module m) {
        return microCredentials.values().stream().filter(mc -> mc.modules().equals(List.of(m.id()))).toList();
    }

    /**
     * The subjects a study programme always teaches: those it names and those of its compulsory
     * modules (electives are the student's choice, so they do not count as taught).
     */
    public Set<String> subjectsTaught(StudyProgramme sp) {
        Set<String> out = new LinkedHashSet<>(sp.subjects());
        sp.compulsoryModules().forEach(id -> module(id).ifPresent(m -> out.addAll(m.subjects())));
        return out;
    }

    public StudyProgramme requireStudyProgramme(ItemId id, String path, List<Violation> problems) {
        StudyProgramme sp = studyProgrammes.get(id);
        if (sp == null) {
            problems.add(Violation.at(path, "no published study programme '" + id + "'"));
        }
        return sp;
    }

    /** The published study programmes of the ids under {@code path}; each unknown one is a problem. */
    public List<StudyProgramme> requireStudyProgrammes(List<ItemId> ids, String path, List<Violation> problems) {
        List<StudyProgramme> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            StudyProgramme sp = requireStudyProgramme(ids.get(i), path + "[" + i + "]", problems);
            if (sp != null) {
                out.add(sp);
            }
        }
        return out;
    }

    public void requireInstitution(String id, String path, List<Violation> problems) {
        if (!institutions.containsKey(id)) {
            problems.add(Violation.at(path, "no institution '" + id + "'; known: " + String.join(", ", institutions.keySet())));
        }
    }

    /** A fresh id of the institution, {@code base} itself or with a number added. */
    public ItemId freshId(String institution, String base, Set<ItemId> alsoTaken) {
        String slug = base.length() > 100 ? base.substring(0, 100) : base;
        ItemId id = ItemId.of(institution + ":" + slug);
        for (int n = 2; idTaken(id) || alsoTaken.contains(id); n++) {
            id = ItemId.of(institution + ":" + slug + "-" + n);
        }
        return id;
    }
}
