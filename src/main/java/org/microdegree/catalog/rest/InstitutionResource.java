package org.microdegree.catalog.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.Institution;
import org.microdegree.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Institutions and formats")
@RequiredArgsConstructor
class InstitutionResource {

    private final Catalogue catalogue;

    @GetMapping("/api/v1/institutions")
    @Operation(summary = "The institutions of the catalogue with their organisational units")
    List<Institution> institutions() {
        return catalogue.institutions();
    }

    @GetMapping("/api/v1/institutions/{id}")
    Institution institution(@PathVariable String id) {
        return catalogue.institution(id).orElseThrow(() -> new NotFoundException("institution '" + id + "' does not exist"));
    }

    @GetMapping(value = "/api/v1/schema/catalogue", produces = "application/schema+json")
    @Operation(summary = "The JSON Schema of the catalogue bundle format (YAML and JSON have the same structure)")
    ResponseEntity<byte[]> schema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schema/catalogue-bundle.schema.json")) {
            if (in == null) {
                throw new NotFoundException("schema not packaged");
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/schema+json")).body(in.readAllBytes());
        }
    }
}
