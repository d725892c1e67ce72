package org.microdegree.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole catalogue, or part of one, as it travels between installations: the content of the
 * catalogue bundle format (YAML or JSON).
 */
public record CatalogueBundle(String format, int formatVersion, List<Institution> institutions,
        List<StudyProgramme> studyProgrammes, List<Module> modules,
        List<MicroCredential> microCredentials, List<MicroDegreeProgramme> microDegrees) {

    public static final String FORMAT = "microdegree-catalogue";
    public static final int FORMAT_VERSION = 1;

    public CatalogueBundle {
        institutions = CatalogueItem.list(institutions);
        studyProgrammes = CatalogueItem.list(studyProgrammes);
        modules = CatalogueItem.list(modules);
        microCredentials = CatalogueItem.list(microCredentials);
        microDegrees = CatalogueItem.list(microDegrees);
    }

    public static CatalogueBundle of(List<Institution> institutions, List<? extends CatalogueItem> items) {
        List<StudyProgramme> sp = new ArrayList<>();
        List<Module> m = new ArrayList<>();
        List<MicroCredential> mc = new ArrayList<>();
        List<MicroDegreeProgramme> md = new ArrayList<>();
        for (CatalogueItem item : items) {
            switch (item) {
                case StudyProgramme s -> sp.add(s);
                case Module x -> m.add(x);
                case MicroCredential c -> mc.add(c);
                case MicroDegreeProgramme d -> md.add(d);
            }
        }
        return new CatalogueBundle(FORMAT, FORMAT_VERSION, institutions, sp, m, mc, md);
    }

    /** All versioned items, in bundle order. */
    public Stream<CatalogueItem> items() {
        return Stream.of(studyProgrammes.stream(), modules.stream(), microCredentials.stream(), microDegrees.stream())
                .flatMap(s -> s.map(CatalogueItem.class::cast));
    }

    public int size() {
        return institutions.size() + studyProgrammes.size() + modules.size() + microCredentials.size() + microDegrees.size();
    }
}
