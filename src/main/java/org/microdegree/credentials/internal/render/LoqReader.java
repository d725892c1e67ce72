package org.microdegree.credentials.internal.render;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.InstitutionKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;

/**
 * Reads ELM learning opportunities (JSON-LD, any context the installation knows) into catalogue
 * items: the document is flattened to nodes with full IRIs first, so that it does not matter how a
 * provider nested or compacted it. What ELM does not carry (modules, the rules of a programme beyond
 * its parts, an institution's kind) is listed in docs/certificates.md (ADR 0052).
 */
public final class LoqReader {

    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final String DC = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String REGORG = "http://www.w3.org/ns/regorg#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final Pattern BUNDLE_ENTRY = Pattern.compile("^((?:microCredentials|microDegrees)\\[\\d+])(.*)$");
    private static final Pattern OUR_OPPORTUNITY = Pattern.compile("urn:epass:learningOpportunity:([a-z0-9._-]+:[a-z0-9._-]+):(\\d+)");

    /** What the file says, read into items of the given status; {@code institution} names a foreign provider's items. */
    public record Options(LifecycleStatus status, @Nullable String institution) {}

    private final Urls urls;
    private final Map<String, JsonObject> nodes = new HashMap<>();
    private final List<Violation> problems = new ArrayList<>();

    public LoqReader(Urls urls) {
        this.urls = urls;
    }

    /** The items read, and how to name a problem of the bundle by the learning opportunity it came from. */
    public record Read(CatalogueBundle bundle, java.util.function.UnaryOperator<Violation> locate) {}

    public Read read(String source, byte[] content, Options options) {
        JsonStructure flat;
        try {
            flat = JsonLd.flatten(JsonDocument.of(new ByteArrayInputStream(content))).options(new JsonLdOptions(LocalContexts.INSTANCE)).get();
        } catch (JsonLdError e) {
            throw new InvalidInputException(List.of(new Violation("", "not a JSON-LD document this installation can read: " + e.getMessage(), source, 0, 0)));
        }
        JsonArray graph = flat instanceof JsonObject o && o.containsKey("@graph") ? o.getJsonArray("@graph") : flat.asJsonArray();
        List<JsonObject> opportunities = new ArrayList<>();
        for (JsonObject node : graph.getValuesAs(JsonObject.class)) {
            nodes.put(node.getString("@id", ""), node);
            if (types(node).contains(ELM + "LearningOpportunity")) {
                opportunities.add(node);
            }
        }
        if (opportunities.isEmpty()) {
            throw new InvalidInputException(List.of(new Violation("", "no LearningOpportunity in the document (ELM 3, " + ELM + ")", source, 0, 0)));
        }
        LoqItems items = new LoqItems(this, options);
        for (JsonObject opportunity : opportunities) {
            items.add(opportunity);
        }
        items.resolveParts();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(v -> v.locatedIn(source, 0, 0)).toList());
        }
        CatalogueBundle bundle = CatalogueBundle.of(List.copyOf(items.institutions.values()), items.items);
        Map<String, String> places = new HashMap<>();
        for (int i = 0; i < bundle.microCredentials().size(); i++) {
            places.put("microCredentials[" + i + "]", items.places.get(bundle.microCredentials().get(i).id().value()));
        }
        for (int i = 0; i < bundle.microDegrees().size(); i++) {
            places.put("microDegrees[" + i + "]", items.places.get(bundle.microDegrees().get(i).id().value()));
        }
        return new Read(bundle, v -> {
            Matcher m = BUNDLE_ENTRY.matcher(v.path());
            String path = m.matches() && places.get(m.group(1)) != null ? places.get(m.group(1)) + m.group(2) : v.path();
            return new Violation(path, v.reason(), source, 0, 0);
        });
    }

    void problem(String path, String reason) {
        problems.add(Violation.at(path, reason));
    }

    @Nullable
    JsonObject node(@Nullable JsonValue ref) {
        return ref instanceof JsonObject o && o.containsKey("@id") ? nodes.get(o.getString("@id")) : null;
    }

    /** The nodes a property refers to, in document order. */
    List<JsonObject> all(JsonObject node, String property) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : values(node, property)) {
            JsonObject n = node(v);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    @Nullable
    JsonObject one(JsonObject node, String property) {
        List<JsonObject> all = all(node, property);
        return all.isEmpty() ? null : all.getFirst();
    }

    static List<JsonValue> values(JsonObject node, String property) {
        JsonValue v = node.get(property);
        return v instanceof JsonArray a ? a : v == null ? List.of() : List.of(v);
    }

    static List<String> types(JsonObject node) {
        return values(node, "@type").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    /** An ELM language map (one value per language) as a text; null where there is none. */
    static @Nullable Text text(JsonObject node, String property) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (JsonValue v : values(node, property)) {
            if (v instanceof JsonObject literal && literal.containsKey("@value")) {
                versions.putIfAbsent(literal.getString("@language", "en").toLowerCase(Locale.ROOT), literal.getString("@value"));
            }
        }
        return versions.isEmpty() ? null : new Text(versions);
    }

    /** A literal value (the first), or null. */
    static @Nullable String literal(JsonObject node, String property) {
        for (JsonValue v : values(node, property)) {
            if (v instanceof JsonObject literal && literal.containsKey("@value")) {
                return literal.get("@value") instanceof jakarta.json.JsonString s ? s.getString() : literal.get("@value").toString();
            }
        }
        return null;
    }

    static @Nullable String id(@Nullable JsonObject node) {
        return node == null ? null : node.getString("@id", null);
    }

    /** Our own item ids come back as they were; anyone else's items come in under the institution named. */
    @Nullable
    String[] itemOf(String opportunityId, @Nullable String institution) {
        Matcher ours = OUR_OPPORTUNITY.matcher(opportunityId);
        if (ours.matches()) {
            return new String[]{ours.group(1), ours.group(2)};
        }
        if (institution == null) {
            return null;
        }
        String tail = opportunityId.replaceAll(".*[/:#]", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return new String[]{institution + ":" + (tail.isEmpty() ? "opportunity" : tail), "1"};
    }

    /** The provider as an institution: its id from our DID, else the one named. */
    @Nullable
    Institution institution(@Nullable JsonObject organisation, @Nullable String named, String path) {
        if (organisation == null) {
            problem(path + ".providedBy", "required: the providing organisation");
            return null;
        }
        String ours = urls.institutionOf(organisation.getString("@id", ""));
        String id = ours != null ? ours : named;
        if (id == null) {
            problem(path + ".providedBy", "the provider " + organisation.getString("@id", "") + " is not one of this installation's institutions:"
                    + " name the institution its items come in under (import --institution ID)");
            return null;
        }
        Text name = text(organisation, REGORG + "legalName");
        if (name == null) {
            name = text(organisation, SKOS + "prefLabel");
        }
        String country = null;
        for (JsonObject location : all(organisation, ELM + "location")) {
            for (JsonObject address : all(location, ELM + "address")) {
                country = countryOf(id(one(address, ELM + "countryCode")));
            }
        }
        JsonObject registration = one(organisation, REGORG + "registration");
        String legal = registration == null ? null : literal(registration, SKOS + "notation");
        JsonObject homepage = one(organisation, FOAF + "homepage");
        String page = homepage == null ? null : literal(homepage, ELM + "contentUrl");
        if (country == null) {
            problem(path + ".providedBy", "the provider " + organisation.getString("@id", "") + " states no country (location, address, countryCode)");
            return null;
        }
        return new Institution(org.microdegree.shared.InstitutionId.of(id), name == null ? Text.en(id) : name, null, country,
                legal == null || legal.equals(id) ? null : legal, InstitutionKind.UNIVERSITY, page, List.of(), null);
    }

    /** ISO 3166-1 alpha-3 of the EU's country authority table to alpha-2. */
    static @Nullable String countryOf(@Nullable String uri) {
        if (uri == null) {
            return null;
        }
        String alpha3 = uri.substring(uri.lastIndexOf('/') + 1);
        for (String alpha2 : Locale.getISOCountries()) {
            if (new Locale("", alpha2).getISO3Country().equals(alpha3)) {
                return alpha2;
            }
        }
        return null;
    }

    /** ISO 639-2 of the EU's language authority table to ISO 639-1. */
    static @Nullable String languageOf(@Nullable String uri) {
        if (uri == null) {
            return null;
        }
        String alpha3 = uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (String alpha2 : Locale.getISOLanguages()) {
            if (new Locale(alpha2).getISO3Language().equals(alpha3)) {
                return alpha2;
            }
        }
        return null;
    }
}
