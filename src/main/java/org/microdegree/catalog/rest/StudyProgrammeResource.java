package org.microdegree.catalog.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.CataloguePage;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/study-programmes")
@Tag(name = "Study programmes")
class StudyProgrammeResource extends ItemResource<StudyProgramme> {

    StudyProgrammeResource(Catalogue catalogue, CatalogueEditing catalogueEditing) {
        super(catalogue, catalogueEditing, ItemKind.STUDY_PROGRAMME);
    }

    @GetMapping
    @Operation(summary = "List the newest version of each (published ones for the public; staff may filter by status)")
    Page<StudyProgramme> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String institution, Actor actor) {
        CataloguePage<StudyProgramme> p = page(actor, status, institution, page, size);
        return new Page<>(p.items(), p.page(), p.size(), p.total());
    }
}
