package org.microdegree.design.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.design.DesignView;
import org.microdegree.design.ProgrammeDesigner;
import org.microdegree.design.building.Pattern;
import org.microdegree.shared.Actor;
import org.microdegree.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The design assistant over the API: one route per building pattern, for designers of the institution that will own the draft. */
@RestController
@Tag(name = "Design assistant")
@RequiredArgsConstructor
class DesignResource {

    private final ProgrammeDesigner designer;
    private final MessageSource messages;

    @PostMapping(value = "/api/v1/design/{pattern}", consumes = {"application/json", "application/yaml", "application/x-yaml"})
    @Operation(summary = "Build a micro-degree programme by a pattern: update, gap-filler, elective-extension, interconnected,"
            + " admission-bridge, power-programme or joint-master", description = "The body is the pattern's input, as in examples/design/<pattern>.yaml (JSON or YAML). The answer says whether the"
                    + " design can be built (feasible; else the reasons, each with the input field it concerns), the pattern's report, the"
                    + " draft as a catalogue bundle (all drafts; import it to submit it for review) and its conformance to its rule profiles.")
    Map<String, Object> design(@PathVariable String pattern, @RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(required = false) @Nullable String lang, Actor actor) {
        Pattern p = Pattern.fromCode(pattern).orElseThrow(() -> new NotFoundException("no design pattern '" + pattern + "'; one of: " + Pattern.codes()));
        BundleSyntax syntax = contentType.contains("yaml") ? BundleSyntax.YAML : BundleSyntax.JSON;
        String language = "de".equals(lang) ? "de" : "en";
        Locale locale = Locale.forLanguageTag(language);
        ProgrammeDesigner.Result result = designer.design(p, "request body", body, syntax, actor);
        return DesignView.of(result, n -> messages.getMessage("design.note." + n.code(), n.args().toArray(), n.code(), locale), language);
    }
}
