package org.microdegree.credentials.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.microdegree.credentials.LearningOpportunities;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published catalogue as Europass learning opportunities, for the Europass portal and other catalogues: public. */
@RestController
@Tag(name = "Catalogue")
@RequiredArgsConstructor
class LearningOpportunityResource {

    private final LearningOpportunities opportunities;

    @GetMapping(value = "/api/v1/europass/learning-opportunities", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The published micro-credentials and programmes as ELM 3 learning opportunities (JSON-LD), each with its qualification")
    ResponseEntity<String> learningOpportunities() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json")).body(opportunities.export().toString());
    }
}
