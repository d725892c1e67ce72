package org.microdegree.catalog.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.CatalogueImports;
import org.microdegree.catalog.ImportResult;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Catalogue")
@RequiredArgsConstructor
class CatalogueImportResource {

    private final CatalogueImports imports;

    @PostMapping(value = "/api/v1/catalogue/imports", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json",
            "text/csv", "application/ld+json"})
    @Operation(summary = "Import a catalogue file: a bundle (YAML, JSON), an exam office's module CSV or Europass learning opportunities"
            + " (JSON-LD); every entry must be yours to bring in; all or nothing; dryRun=true checks and counts, writes nothing")
    ImportResult importFile(@RequestBody byte[] content, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(required = false) @Nullable String fileName, @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String institution, @RequestParam(defaultValue = "false") boolean acceptFindings,
            @RequestParam(defaultValue = "false") boolean dryRun, Actor actor) {
        CatalogueImports.requireMayImport(actor);
        var options = CatalogueImports.Options.of(status, institution, acceptFindings, dryRun);
        return imports.importFile(actor, fileName != null && !fileName.isBlank() ? fileName : "upload" + suffix(contentType), content, options);
    }

    /** The file type a body's media type stands for (a file name given beside it wins). */
    private static String suffix(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/ld+json")) {
            return ".jsonld";
        }
        if (type.startsWith("application/json")) {
            return ".json";
        }
        if (type.startsWith("text/csv")) {
            return ".csv";
        }
        if (type.contains("yaml")) {
            return ".yaml";
        }
        throw InvalidInputException.of("Content-Type", "'" + contentType + "' is no catalogue file type");
    }
}
