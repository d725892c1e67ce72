package org.microdegree.conformance.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.conformance.Conformance;
import org.microdegree.conformance.ConformanceView;
import org.microdegree.policy.ProfileJournalEntry;
import org.microdegree.policy.Profiles;
import org.microdegree.policy.RuleChange;
import org.microdegree.policy.model.Rule;
import org.microdegree.policy.model.RuleMessages;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.policy.model.Severity;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ChangesNothing;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Rule profiles, institutions' adoption of them, and conformance reports. */
@RestController
@Tag(name = "Rule profiles and conformance")
class ConformanceResource {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Conformance conformance;
    private final Profiles profiles;

    private final Catalogue catalogue;

    ConformanceResource(Conformance conformance, Profiles profiles, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.conformance = conformance;
        this.profiles = profiles;
    }

    /** Stored items to check, by id; or send a catalogue bundle instead. */
    record ItemsRequest(List<String> items, @Nullable List<String> profiles) {}

    @ChangesNothing
    @PostMapping(value = "/api/v1/conformance", consumes = {"application/json", "application/yaml", "application/x-yaml"})
    @Operation(summary = "Check designs against rule profiles", description = "The body is a catalogue bundle (JSON or YAML; names outside it resolve in the catalogue), or"
            + " {\"items\": [ids of stored micro-credentials or programmes], \"profiles\": [...]}. Without profiles each item is"
            + " checked against its own. The report lists every applicable rule per item: pass, fail, warning or not-applicable.")
    Map<String, Object> check(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(name = "profile", required = false) @Nullable List<String> profile,
            @RequestParam(defaultValue = "false") boolean problemsOnly, Actor actor) {
        requireStaff(actor);
        List<String> named = new ArrayList<>(profile == null ? List.of() : profile);
        if (contentType.contains("yaml")) {
            return ConformanceView.of(conformance.checkBundle("request body", body, BundleSyntax.YAML, named), problemsOnly);
        }
        Map<?, ?> doc;
        try {
            doc = JSON.readValue(body, Map.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of("", "the body is not a JSON object: " + e.getOriginalMessage());
        }
        if (doc.containsKey("format")) {
            return ConformanceView.of(conformance.checkBundle("request body", body, BundleSyntax.JSON, named), problemsOnly);
        }
        ItemsRequest request;
        try {
            request = JSON.convertValue(doc, ItemsRequest.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of("", "expected a catalogue bundle or {\"items\": [...], \"profiles\": [...]}: " + e.getOriginalMessage());
        }
        if (request.items() == null || request.items().isEmpty()) {
            throw InvalidInputException.of("items", "required: the ids of stored micro-credentials or micro-degree programmes, or send a bundle");
        }
        if (request.profiles() != null) {
            named.addAll(request.profiles());
        }
        List<ItemId> ids = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            try {
                ids.add(ItemId.of(request.items().get(i)));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("items[" + i + "]", e.getMessage());
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            ItemId id = ids.get(i);
            if (catalogue.find(ItemKind.MICRO_CREDENTIAL, id, null, actor).isEmpty() && catalogue.find(ItemKind.MICRO_DEGREE, id, null, actor).isEmpty()) {
                throw InvalidInputException.of("items[" + i + "]", "no micro-credential or programme '" + id + "' that you may see");
            }
        }
        return ConformanceView.of(conformance.checkStored(ids, named), problemsOnly);
    }

    @ChangesNothing
    @PostMapping("/api/v1/conformance/micro-credentials")
    @Operation(summary = "Check one micro-credential while it is edited (the body as for creating it); nothing is stored")
    Map<String, Object> checkMicroCredential(@RequestBody MicroCredential item,
            @RequestParam(name = "profile", required = false) @Nullable List<String> profile,
            Actor actor) {
        requireStaff(actor);
        return ConformanceView.of(conformance.checkDraft(item, profile == null ? List.of() : profile), false);
    }

    @ChangesNothing
    @PostMapping("/api/v1/conformance/micro-degrees")
    @Operation(summary = "Check one micro-degree programme while it is edited (the body as for creating it); nothing is stored")
    Map<String, Object> checkMicroDegree(@RequestBody MicroDegreeProgramme item,
            @RequestParam(name = "profile", required = false) @Nullable List<String> profile,
            Actor actor) {
        requireStaff(actor);
        return ConformanceView.of(conformance.checkDraft(item, profile == null ? List.of() : profile), false);
    }

    @GetMapping("/api/v1/profiles")
    @Operation(summary = "Every rule profile, shipped and institutions' own, with each rule's id, severity, parameters, statement and source")
    List<Map<String, Object>> profiles() {
        return profiles.all().stream().map(ConformanceResource::view).toList();
    }

    @GetMapping("/api/v1/profiles/{id}")
    Map<String, Object> profile(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version) {
        return view(profiles.find(id, version).orElseThrow(() -> new NotFoundException("rule profile '" + id + "'"
                + (version == null ? "" : " version " + version) + " does not exist")));
    }

    @GetMapping("/api/v1/profiles/{id}/journal")
    List<ProfileJournalEntry> journal(@PathVariable String id, Actor actor) {
        requireStaff(actor);
        return profiles.journal(id);
    }

    /** A change to rules by name: {@code {"md-credits-range": {"parameters": {"max": 45}}, "mc-credits-average": {"remove": true}}}. */
    record RuleChangeBody(@Nullable String severity, @Nullable Map<String, Object> parameters, boolean remove) {}

    record CopyRequest(String id, String copyOf, String institution, @Nullable Text title, @Nullable Map<String, RuleChangeBody> rules) {}

    record ChangeRequest(@Nullable Text title, @Nullable Map<String, RuleChangeBody> rules) {}

    @PostMapping("/api/v1/profiles")
    @Operation(summary = "Copy a profile as an institution's own, changing some rules (stored as version 1, journaled)")
    ResponseEntity<Map<String, Object>> copy(@RequestBody CopyRequest request, Actor actor) {
        require(request.id(), "id");
        require(request.copyOf(), "copyOf");
        require(request.institution(), "institution");
        requireQuality(actor, request.institution());
        RuleProfile p = conformance.copyProfile(request.copyOf(), request.id(), request.institution(), request.title(),
                changes(request.rules()), actor.name());
        return ResponseEntity.created(URI.create("/api/v1/profiles/" + p.id())).body(view(p));
    }

    @PatchMapping("/api/v1/profiles/{id}")
    @Operation(summary = "Change an institution's profile: the result is its next version; shipped profiles are not changed")
    Map<String, Object> change(@PathVariable String id, @RequestBody ChangeRequest request, Actor actor) {
        RuleProfile current = profiles.resolve(List.of(id)).getFirst();
        if (current.owner() != null) {
            requireQuality(actor, current.owner());
        }
        return view(profiles.change(id, request.title(), changes(request.rules()), actor.name()));
    }

    record Adoption(String institution, List<String> profiles) {}

    @GetMapping("/api/v1/institutions/{id}/profiles")
    @Operation(summary = "The profiles an institution checks its designs against")
    Adoption adopted(@PathVariable String id) {
        return new Adoption(id, conformance.adoptedBy(id));
    }

    record AdoptRequest(@Nullable List<String> profiles) {}

    @PutMapping("/api/v1/institutions/{id}/profiles")
    Adoption adopt(@PathVariable String id, @RequestBody AdoptRequest request, Actor actor) {
        return new Adoption(id, conformance.adopt(id, request.profiles(), actor));
    }

    // ---- helpers ----

    /** The stored document of a profile, with what each rule asks in words and whether the profile is shipped. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> view(RuleProfile p) {
        Map<String, Object> m = new LinkedHashMap<>(Profiles.document(p));
        m.put("shipped", p.shipped());
        List<Map<String, Object>> rules = new ArrayList<>();
        List<Map<String, Object>> documents = (List<Map<String, Object>>) m.get("rules");
        for (int i = 0; i < p.rules().size(); i++) {
            Rule r = p.rules().get(i);
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", p.ruleId(r));
            rm.putAll(documents.get(i));
            rm.put("appliesTo", r.check().subjects().stream().map(s -> s.code()).sorted().toList());
            rm.put("statement", RuleMessages.title(r));
            rules.add(rm);
        }
        m.put("rules", rules);
        return m;
    }

    private static Map<String, RuleChange> changes(@Nullable Map<String, RuleChangeBody> rules) {
        Map<String, RuleChange> out = new LinkedHashMap<>();
        if (rules == null) {
            return out;
        }
        rules.forEach((name, c) -> {
            Severity severity = null;
            if (c.severity() != null) {
                severity = Severity.fromCode(c.severity())
                        .orElseThrow(() -> InvalidInputException.of("rules." + name + ".severity", "expected error or warning, got '" + c.severity() + "'"));
            }
            out.put(name, new RuleChange(severity, c.parameters() == null ? Map.of() : c.parameters(), c.remove()));
        });
        return out;
    }

    private static void require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "required");
        }
    }

    /** Profiles are quality assurance's: of the institution they belong to. */
    private static void requireQuality(Actor actor, String institution) {
        if (actor.readOnly() || !InstitutionId.isValid(institution) || !actor.has(Role.QUALITY, institution)) {
            throw new ForbiddenException("you need the role quality at " + institution);
        }
    }

    /** Checking designs is staff work; it stores nothing, but costs time. */
    private static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw new ForbiddenException("checking designs is for staff (designer, quality, registrar or admin)");
        }
    }
}
