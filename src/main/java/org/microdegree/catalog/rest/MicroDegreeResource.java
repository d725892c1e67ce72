package org.microdegree.catalog.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.CataloguePage;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/micro-degrees")
@Tag(name = "Micro-degree programmes")
class MicroDegreeResource extends ItemResource<MicroDegreeProgramme> {

    MicroDegreeResource(Catalogue catalogue, CatalogueEditing catalogueEditing) {
        super(catalogue, catalogueEditing, ItemKind.MICRO_DEGREE);
    }

    /** A programme at a glance: what a prospective learner or partner looks at first. */
    record Summary(String id, int version, String status, String title, @Nullable BigDecimal creditPoints, @Nullable Integer eqfLevel,
            List<String> institutions, List<Component> microCredentials, List<Component> microDegrees) {}

    record Component(String id, String title, @Nullable BigDecimal creditPoints) {}

    @GetMapping
    @Operation(summary = "List micro-degree programmes with title, CP, EQF level, institutions and micro-credentials"
            + " (published ones for the public; staff may filter by status)")
    Page<Summary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String institution, Actor actor) {
        CataloguePage<MicroDegreeProgramme> p = page(actor, status, institution, page, size);
        return new Page<>(p.items().stream().map(md -> summary(md, actor)).toList(), p.page(), p.size(), p.total());
    }

    private Summary summary(MicroDegreeProgramme md, Actor visible) {
        Set<String> institutions = new LinkedHashSet<>();
        institutions.add(md.id().institution());
        md.participatingInstitutions().forEach(i -> institutions.add(i.value()));
        return new Summary(md.id().value(), md.version(), md.status().code(), md.title().en(),
                md.creditPoints() == null ? null : md.creditPoints().toBigDecimal(), md.eqfLevel() == null ? null : md.eqfLevel().level(),
                List.copyOf(institutions),
                components(ItemKind.MICRO_CREDENTIAL, md.microCredentials(), visible),
                components(ItemKind.MICRO_DEGREE, md.nestedProgrammes(), visible));
    }

    private List<Component> components(ItemKind kind, List<ItemId> ids, Actor visible) {
        return ids.stream().map(id -> catalogue.<CatalogueItem>find(kind, id, null, visible)
                .map(c -> new Component(id.value(), c.title().en(), c.creditPoints() == null ? null : c.creditPoints().toBigDecimal()))
                .orElse(new Component(id.value(), id.value(), null)))
                .toList();
    }
}
