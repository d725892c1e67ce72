package org.microdegree.catalog.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.ReviewRules;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.catalog.model.Institution;
import org.microdegree.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Institutions and formats")
@RequiredArgsConstructor
class InstitutionResource {

    private final Catalogue catalogue;
    private final ReviewRules reviewRules;

    @GetMapping("/api/v1/institutions")
    @Operation(summary = "The institutions of the catalogue with their organisational units")
    List<Institution> institutions() {
        return catalogue.institutions();
    }

    @GetMapping("/api/v1/institutions/{id}")
    Institution institution(@PathVariable String id) {
        return catalogue.institution(id).orElseThrow(() -> new NotFoundException("institution '" + id + "' does not exist"));
    }

    record ReviewRule(String institution, boolean fourEyes) {}

    record ReviewRuleBody(@Nullable Boolean fourEyes) {}

    @GetMapping("/api/v1/institutions/{id}/review-rule")
    @Operation(summary = "The institution's review rule: fourEyes true means who submitted a version does not approve it")
    ReviewRule reviewRule(@PathVariable String id) {
        InstitutionId institution = known(id);
        return new ReviewRule(institution.value(), reviewRules.fourEyes(institution));
    }

    @PutMapping("/api/v1/institutions/{id}/review-rule")
    @Operation(summary = "Switch the institution's four-eyes rule (its admin)")
    ReviewRule setReviewRule(@PathVariable String id, @RequestBody ReviewRuleBody body, Actor actor) {
        InstitutionId institution = known(id);
        if (body.fourEyes() == null) {
            throw InvalidInputException.of("fourEyes", "true (who submitted does not approve) or false");
        }
        reviewRules.setFourEyes(institution, body.fourEyes(), actor);
        return new ReviewRule(institution.value(), reviewRules.fourEyes(institution));
    }

    private InstitutionId known(String id) {
        if (!InstitutionId.isValid(id) || catalogue.institution(id).isEmpty()) {
            throw new NotFoundException("institution '" + id + "' does not exist");
        }
        return InstitutionId.of(id);
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
